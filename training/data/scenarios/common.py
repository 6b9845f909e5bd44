"""Medications shared by many scenarios, and the chronic comorbidities that
adult inpatients of a Chilean general hospital bring with them."""

from __future__ import annotations

from training.data.cases import DAILY, Comorbidity, dose, dx, med, one

# --- antimicrobials ---------------------------------------------------------
CEFTRIAXONA = med("J01DD04", "ceftriaxona", dose("2 g", 24, "ev"), dose("1 g", 12, "ev"), dose("1 g", 24, "ev"))
METRONIDAZOL = med("J01XD01", "metronidazol", dose("500 mg", 8, "ev"))
METRONIDAZOL_VO = med("J01XD01", "metronidazol", dose("500 mg", 8, "vo", 7), dose("500 mg", 8, "vo", 10))
AMPI_SULBACTAM = med("J01CR01", "ampicilina/sulbactam", dose("1,5 g", 6, "ev"), dose("3 g", 6, "ev"))
PIP_TAZO = med("J01CR05", "piperacilina/tazobactam", dose("4,5 g", 6, "ev"), dose("4,5 g", 8, "ev"))
CEFAZOLINA = med("J01DB04", "cefazolina", dose("1 g", 8, "ev"), dose("2 g", 8, "ev"))
CEFAZOLINA_PROFILAXIS = med("J01DB04", "cefazolina", dose("2 g", "en dosis única", "ev"))
AZITROMICINA = med("J01FA10", "azitromicina", dose("500 mg", DAILY, "vo"), dose("500 mg", DAILY, "ev"))
CLARITROMICINA = med("J01FA09", "claritromicina", dose("500 mg", 12, "ev"), dose("500 mg", 12, "vo"))
CIPROFLOXACINO = med("J01MA02", "ciprofloxacino", dose("400 mg", 12, "ev"))
CIPROFLOXACINO_VO = med("J01MA02", "ciprofloxacino", dose("500 mg", 12, "vo", 7), dose("500 mg", 12, "vo", 10))
AMOXI_CLAV_VO = med("J01CR02", "amoxicilina/ácido clavulánico",
                    dose("875/125 mg", 12, "vo", 7), dose("875/125 mg", 12, "vo", 10),
                    dose("500/125 mg", 8, "vo", 7))
CEFUROXIMA_VO = med("J01DC02", "cefuroxima", dose("500 mg", 12, "vo", 7), dose("500 mg", 12, "vo", 10))
CEFADROXILO_VO = med("J01DB05", "cefadroxilo", dose("500 mg", 12, "vo", 7), dose("1 g", 12, "vo", 10))
CLINDAMICINA = med("J01FF01", "clindamicina", dose("600 mg", 8, "ev"))
ERTAPENEM = med("J01DH03", "ertapenem", dose("1 g", 24, "ev"))

# --- analgesia, fluids, gastric, thromboprophylaxis ---------------------------
PARACETAMOL_EV = med("N02BE01", "paracetamol", dose("1 g", 8, "ev"))
PARACETAMOL_VO = med("N02BE01", "paracetamol", dose("1 g", 8, "vo", 5), dose("500 mg", 6, "vo", 5))
METAMIZOL = med("N02BB02", "metamizol", dose("1 g", 8, "ev"), dose("1 g", 6, "ev"))
KETOROLACO = med("M01AB15", "ketorolaco", dose("30 mg", 8, "ev"), dose("10 mg", 8, "vo", 3))
TRAMADOL = med("N02AX02", "tramadol", dose("50 mg", 8, "ev"), dose("100 mg", 8, "ev"))
SUERO_FISIOLOGICO = med("B05XA03", "suero fisiológico", dose("1000 mL", 8, "ev"), dose("1500 mL", 12, "ev"),
                        dose("2000 mL", DAILY, "ev"))
RINGER_LACTATO = med("B05BB01", "ringer lactato", dose("1000 mL", 8, "ev"), dose("3000 mL", DAILY, "ev"))
ONDANSETRON = med("A04AA01", "ondansetrón", dose("4 mg", 8, "ev"), dose("8 mg", 12, "ev"))
OMEPRAZOL_EV = med("A02BC01", "omeprazol", dose("40 mg", 12, "ev"),
                   dose("80 mg", "en bolo seguido de infusión continua", "ev"))
ENOXAPARINA_PROFILAXIS = med("B01AB05", "enoxaparina", dose("40 mg", DAILY, "sc"))
ENOXAPARINA_TERAPEUTICA = med("B01AB05", "enoxaparina", dose("60 mg", 12, "sc"), dose("80 mg", 12, "sc"),
                              dose("1 mg/kg", 12, "sc"))
AAS = med("B01AC06", "ácido acetilsalicílico", dose("100 mg", DAILY, "vo"))
ATORVASTATINA_ALTA = med("C10AA05", "atorvastatina", dose("80 mg", DAILY, "vo"), dose("40 mg", DAILY, "vo"))

# --- chronic comorbidities and their usual treatment ---------------------------
COMORBIDITIES: tuple[Comorbidity, ...] = (
    Comorbidity("hta",
                (dx("I10", "hipertensión arterial"), dx("I10", "HTA"), dx("I10", "hipertensión arterial esencial")), (
        one(med("C09CA01", "losartán", dose("50 mg", 12, "vo"), dose("50 mg", DAILY, "vo")),
            med("C09AA02", "enalapril", dose("10 mg", 12, "vo"), dose("20 mg", 12, "vo")),
            med("C08CA01", "amlodipino", dose("5 mg", DAILY, "vo"), dose("10 mg", DAILY, "vo")), chance=0.85),
    ), weight=3.0, min_age=35),
    Comorbidity("dm2", (dx("E11.9", "diabetes mellitus tipo 2"), dx("E11.9", "DM2"), dx("E11.9", "diabetes tipo 2")), (
        one(med("A10BA02", "metformina", dose("850 mg", 12, "vo"), dose("1000 mg", 12, "vo")), chance=0.85),
        one(med("A10AC01", "insulina NPH", dose("20 UI", "en la mañana", "sc"), dose("14 UI", "en la noche", "sc")),
            med("A10AE04", "insulina glargina", dose("18 UI", "en la noche", "sc")), chance=0.25),
    ), weight=2.2, min_age=30),
    Comorbidity("dislipidemia", (dx("E78.5", "dislipidemia"), dx("E78.0", "hipercolesterolemia")), (
        one(med("C10AA05", "atorvastatina", dose("20 mg", DAILY, "vo"), dose("40 mg", "en la noche", "vo")),
            med("C10AA07", "rosuvastatina", dose("10 mg", DAILY, "vo")), chance=0.8),
    ), weight=1.5, min_age=35),
    Comorbidity("hipotiroidismo", (dx("E03.9", "hipotiroidismo"), dx("E03.9", "hipotiroidismo primario")), (
        one(med("H03AA01", "levotiroxina", dose("50 mcg", DAILY, "vo"), dose("75 mcg", DAILY, "vo"),
                dose("100 mcg", DAILY, "vo")), chance=0.95),
    ), weight=1.0),
    Comorbidity("depresion", (dx("F32.9", "depresión"), dx("F32.9", "trastorno depresivo mayor")), (
        one(med("N06AB06", "sertralina", dose("50 mg", DAILY, "vo")),
            med("N06AB10", "escitalopram", dose("10 mg", DAILY, "vo")), chance=0.8),
    ), weight=0.7),
    Comorbidity("gota", (dx("M10.9", "gota"),), (
        one(med("M04AA01", "alopurinol", dose("100 mg", DAILY, "vo"), dose("300 mg", DAILY, "vo")), chance=0.8),
    ), weight=0.4, min_age=40),
    Comorbidity("hpb", (dx("N40", "hiperplasia prostática benigna"), dx("N40", "HPB")), (
        one(med("G04CA02", "tamsulosina", dose("0,4 mg", DAILY, "vo")), chance=0.85),
    ), sexes="M", min_age=55, weight=0.8),
    Comorbidity("osteoporosis", (dx("M81.9", "osteoporosis"),), (
        one(med("M05BA04", "alendronato", dose("70 mg", "semanal", "vo")), chance=0.6),
    ), sexes="F", min_age=55, weight=0.6),
    Comorbidity("erge", (dx("K21.9", "reflujo gastroesofágico"), dx("K21.9", "ERGE")), (
        one(med("A02BC01", "omeprazol", dose("20 mg", DAILY, "vo")), chance=0.8),
    ), weight=0.6),
    Comorbidity("obesidad", (dx("E66.9", "obesidad"),), weight=0.8),
    Comorbidity("tabaquismo", (dx("F17.2", "tabaquismo"), dx("F17.2", "tabaquismo activo")), weight=0.8),
    Comorbidity("erc", (dx("N18.3", "enfermedad renal crónica etapa 3"), dx("N18.3", "ERC etapa 3")), weight=0.6,
                min_age=45),
    Comorbidity("epoc", (dx("J44.9", "EPOC"), dx("J44.9", "enfermedad pulmonar obstructiva crónica")), (
        one(med("R03BB04", "tiotropio", dose("18 mcg", DAILY, "inh")),
            med("R03AK07", "budesonida/formoterol", dose("160/4,5 mcg", 12, "inh")), chance=0.85),
    ), weight=0.6, min_age=45),
    Comorbidity("fa", (dx("I48.9", "fibrilación auricular"), dx("I48.2", "fibrilación auricular permanente")), (
        one(med("B01AF02", "apixabán", dose("5 mg", 12, "vo"), dose("2,5 mg", 12, "vo")),
            med("B01AF01", "rivaroxabán", dose("20 mg", DAILY, "vo"), dose("15 mg", DAILY, "vo")), chance=0.85),
        one(med("C07AB07", "bisoprolol", dose("2,5 mg", DAILY, "vo"), dose("5 mg", DAILY, "vo")), chance=0.6),
    ), weight=0.6, min_age=55),
    Comorbidity("coronaria", (dx("I25.1", "enfermedad coronaria"), dx("I25.2", "infarto de miocardio antiguo")), (
        one(AAS, chance=0.95),
    ), weight=0.5, min_age=45),
    Comorbidity("ic", (dx("I50.9", "insuficiencia cardíaca"),), (
        one(med("C03CA01", "furosemida", dose("40 mg", DAILY, "vo"), dose("20 mg", DAILY, "vo")), chance=0.8),
        one(med("C07AG02", "carvedilol", dose("6,25 mg", 12, "vo"), dose("12,5 mg", 12, "vo")), chance=0.6),
    ), weight=0.4, min_age=50),
    Comorbidity("parkinson", (dx("G20", "enfermedad de Parkinson"),), (
        one(med("N04BA02", "levodopa/carbidopa", dose("250/25 mg", 8, "vo")), chance=0.9),
    ), weight=0.2, min_age=60),
    Comorbidity("demencia", (dx("G30.9", "enfermedad de Alzheimer"), dx("F03", "demencia")), (
        one(med("N06DA02", "donepezilo", dose("10 mg", DAILY, "vo")),
            med("N06DX01", "memantina", dose("10 mg", 12, "vo")),
            chance=0.6),
    ), weight=0.3, min_age=70),
    Comorbidity("acv", (dx("I69.4", "secuela de ACV"), dx("I69.3", "secuela de infarto cerebral")), (
        one(AAS, chance=0.7),
    ), weight=0.3, min_age=55),
)
