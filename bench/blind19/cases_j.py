from cases_common import S, T, P

SCEN = []

# s24 Neiva, Cardiologia, IC con FEVI reducida, ajuste de dosis
SCEN.append(S(
    "s24", "Hospital universitario, Neiva (Colombia), Cardiología", "dictated prose, cardiology fellow",
    "nested Spanish; sex as 'sexo': 1 with legend; age as string; one drug without ATC",
    {"paciente": {"sexo": 1, "leyenda_sexo": "1 masculino, 2 femenino", "edad": "65 años", "acompanante": "esposa"},
     "motivo": "ortopnea, disnea paroxística nocturna y aumento de 6 kg de peso en 2 semanas",
     "diagnosticos": [{"cie10": "I50.0", "nombre": "Insuficiencia cardiaca congestiva"},
                      {"cie10": "I25.5", "nombre": "Cardiomiopatía isquémica"}],
     "ecocardiograma": "FEVI 28%, insuficiencia mitral moderada",
     "laboratorios": ["NT-proBNP 9400 pg/mL", "creatinina 1,2 mg/dL", "potasio 4,3 mEq/L", "sodio 136 mEq/L"],
     "manejo": [{"medicamento": "Furosemida", "atc": "C03CA01", "dosis": "40 mg IV cada 8 horas, luego 40 mg VO cada 24 horas"}],
     "egreso": [{"medicamento": "Sacubitrilo/valsartán", "atc": "C09DX04", "dosis": "49/51 mg cada 12 horas", "cambio": "sustituye a losartán"},
                {"medicamento": "Carvedilol", "atc": "C07AG02", "dosis": "6,25 mg cada 12 horas"},
                {"medicamento": "Dapagliflozina", "atc": "A10BK01", "dosis": "10 mg cada 24 horas", "cambio": "nuevo"},
                "espironolactona 25 mg cada 24 horas (nuevo)"],
     "estancia": 8},
    "Ingresa por ortopnea, disnea paroxística nocturna y aumento de 6 kg de peso en 2 semanas. Hombre de 65 años con "
    "cardiomiopatía isquémica (I25.5), acompañado por su esposa. El ecocardiograma muestra FEVI del 28% con "
    "insuficiencia mitral moderada. Laboratorios: NT-proBNP 9400 pg/mL, creatinina 1,2 mg/dL, potasio 4,3 mEq/L y "
    "sodio 136 mEq/L. Con diagnóstico de insuficiencia cardiaca congestiva (I50.0) se maneja con furosemida "
    "(C03CA01) 40 mg IV cada 8 horas, con buena diuresis, y luego se pasa a 40 mg VO cada 24 horas. Tras 8 días "
    "de estancia egresa en clase funcional mejorada con sacubitrilo/valsartán (C09DX04) 49/51 mg cada 12 horas, "
    "que sustituye a losartán, carvedilol (C07AG02) 6,25 mg cada 12 horas, dapagliflozina (A10BK01) 10 mg cada "
    "24 horas y espironolactona 25 mg cada 24 horas como medicamentos nuevos, además de la furosemida oral. Se "
    "indica restricción de sal y líquidos, pesarse a diario y consultar si aumenta de peso o empeora la disnea. Control en "
    "clínica de falla cardiaca.",
    [
        T("t_age_words", "age 65 in words",
          [("Hombre de 65 años", "Hombre de sesenta y cinco años")]),
        T("t_brand", "sacubitrilo/valsartán named Entresto and losartán as the replaced ARA-II",
          [("con sacubitrilo/valsartán (C09DX04) 49/51 mg", "con Entresto (C09DX04) 49/51 mg"),
           ("que sustituye a losartán,", "que sustituye al ARA-II losartán, que se suspende,")]),
        T("t_abbrev", "ICC abbreviation plus 'con FEVI reducida' (FEVI 28% in input)",
          [("Con diagnóstico de insuficiencia cardiaca congestiva (I50.0)", "Con diagnóstico de ICC (I50.0) con FEVI reducida")]),
        P("p_age_words", ["DEM001", "HAL002"], "age written in words as fifty-six (input 65); 56 absent from input, HAL002 counted too",
          [("Hombre de 65 años", "Hombre de cincuenta y seis años")]),
        P("p_sv_freq", ["HAL003"], "sacubitrilo/valsartán cada 12 h -> cada 24 h (24 elsewhere in input)",
          [("49/51 mg cada 12 horas", "49/51 mg cada 24 horas")]),
        P("p_atc_added", ["COD004"], "ATC C03DA01 added to espironolactona, uncoded in input",
          [("y espironolactona 25 mg", "y espironolactona (C03DA01) 25 mg")]),
        P("p_cie_noparen", ["COD001"], "I25.5 written without parentheses",
          [("cardiomiopatía isquémica (I25.5),", "cardiomiopatía isquémica, CIE-10 I25.5,")]),
        P("p_cln_pure", ["CLN001"], "input and output carry ciprofloxacino (J01MA02) with no infectious diagnosis",
          [("además de la furosemida oral.", "además de la furosemida oral y ciprofloxacino (J01MA02) 500 mg cada 12 horas.")],
          inp_sub=[("\"espironolactona 25 mg cada 24 horas (nuevo)\"", "\"espironolactona 25 mg cada 24 horas (nuevo)\", {\"medicamento\": \"Ciprofloxacino\", \"atc\": \"J01MA02\", \"dosis\": \"500 mg cada 12 horas\"}")]),
        P("p_device", ["HAL001"], "adds implantation of a defibrillator (DAI), not in input",
          [("Tras 8 días", "Se implanta desfibrilador automático. Tras 8 días")]),
        P("p_long", ["FMT003"], "padded beyond 200 words",
          [("Control en clínica de falla cardiaca.",
            "Control en clínica de falla cardiaca. Se explica detalladamente al paciente y a su esposa la naturaleza crónica "
            "de la enfermedad, la importancia de tomar todos los medicamentos a la misma hora cada día, de no suspenderlos "
            "por cuenta propia aunque se sienta bien, de evitar los antiinflamatorios no esteroideos y los productos "
            "naturales sin consultar, de vigilar la aparición de mareo al ponerse de pie, de llevar un registro escrito del "
            "peso y de los síntomas para mostrarlo en la próxima cita, y de acudir a urgencias si presenta dolor en el "
            "pecho, desmayo o falta de aire en reposo.")]),
    ]))
