"""The readers under issue 14's checks: folding that keeps offsets, doses
and frequencies as values, ages in words and from dates, sides."""

from __future__ import annotations

from hypothesis import given, strategies as st

from checks.ages import age_from_dates, stated_ages
from checks.agreement import fold_keep
from checks.dosing import DOSE, FREQUENCY, ROUTE, parse_dose, parse_frequency, parse_route
from checks.laterality import sides_in


@given(st.text())
def test_fold_keep_keeps_every_offset(text):
    assert len(fold_keep(text)) == len(text)


def test_fold_keep_folds_spanish():
    assert fold_keep("Neumonía ÁÉÍÓÚ Ñandú") == "neumonia aeiou nandu"


def _frequency(text: str) -> float | None:
    return parse_frequency(FREQUENCY.search(fold_keep(text)))


def test_equivalent_frequencies_are_one_value():
    assert {_frequency(t) for t in ("c/8h", "cada 8 horas", "cada 8 h", "tres veces al día", "q8h")} == {8.0}
    assert {_frequency(t) for t in ("al día", "mg/día", "cada 24 horas", "una vez al día", "en la noche")} == {24.0}
    assert _frequency("según esquema") is None and _frequency("dosis única") == 0.0


def test_equivalent_doses_and_routes_are_one_value():
    one_gram = parse_dose(DOSE.search("1 g"))
    assert one_gram.same(parse_dose(DOSE.search("1000 mg"))) and not one_gram.same(parse_dose(DOSE.search("2 g")))
    assert parse_dose(DOSE.search("5.000 ui")).values == (5000.0,)
    assert parse_dose(DOSE.search("875/125 mg")).values == (875.0, 125.0)
    assert {parse_route(ROUTE.search(t)) for t in ("ev", "iv", "endovenoso", "intravenosa", "e.v.")} == {"iv"}
    assert {parse_route(ROUTE.search(t)) for t in ("vo", "oral", "v.o.")} == {"oral"}


def test_ages_in_digits_words_and_dates():
    ages = [a for _, _, a in stated_ages(fold_keep("Mujer de setenta y dos años, con tabaquismo de 30 años."))]
    assert ages == [72]
    assert [a for _, _, a in stated_ages(fold_keep("Paciente de 81 a., diabético de 10 años de evolución"))] == [81]
    assert age_from_dates({"fecha_nacimiento": "1961-11-30", "ingreso": {"fecha_ingreso": "29/11/2024"}}) == 62
    assert age_from_dates({"fecha_nacimiento": "1961-11-30"}) is None


def test_a_side_and_what_it_qualifies():
    (side,) = sides_in("Ingresa por fractura de cadera izquierda")
    assert (side.side, side.key) == ("L", "cadera")
    (abbreviated,) = sides_in("TVP EID")
    assert (abbreviated.side, abbreviated.key) == ("R", "extremidad inferior")


def test_intervals_in_minutes_are_not_hours():
    assert _frequency("c/20 min") == _frequency("cada 20 minutos") == round(20 / 60, 4)
    assert _frequency("c/20h") == 20.0


def test_infant_ages_keep_their_unit():
    from checks.ages import input_age_unit, stated_young_ages

    said = [(v, u) for _, _, v, u in stated_young_ages(fold_keep("Lactante varón de 4 meses, con diarrea de 2 meses "
                                                                 "de evolución; RN de 3 días de vida"))]
    assert said == [(4, "m"), (3, "d")]
    assert input_age_unit({"paciente": {"sexo": "F", "edad": "11 meses"}}) == "m"
    assert input_age_unit([{"campo": "edad", "valor": "3 semanas"}]) == "w"
    assert input_age_unit({"edad": 72, "tiempo_evolucion": "2 meses"}) == "y"


def test_a_denial_in_the_input_governs_only_its_own_phrase():
    from checks.context import affirmed_text
    from checks.text import token_key

    def kept(word: str, text: str) -> bool:
        return f" {token_key(word)} " in affirmed_text(text)

    assert not kept("ventilación", "capacidad vital seriada, sin requerimiento de ventilación mecánica")
    assert kept("capacidad", "capacidad vital seriada, sin requerimiento de ventilación mecánica")
    assert kept("diabetes", "HTA sin tratamiento, diabetes mellitus")  # a comma ends the denial
    assert kept("paracentesis", "sin infección en paracentesis diagnóstica")  # so does a preposition
    assert not kept("infección", "sin infección en paracentesis diagnóstica")
    assert kept("alcohólica", "esteatohepatitis no alcohólica")  # 'no' before an adjective names a kind
