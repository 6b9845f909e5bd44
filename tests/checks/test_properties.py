"""Property tests: for any output and any JSON input, no check raises, every
span lies within the output, and results are deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harness.engine import Engine

ENGINE = Engine()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
# Outputs mixing arbitrary unicode with the pieces checks look for.
clinical_bits = st.sampled_from([
    "Ingresa por ", "neumonía ", "(J18.9) ", "(J01DD04) ", "J18.", "(I10X, E11.9)", "**", "[", "]",
    "HTA ", "ceftriaxona ", " 15.200 ", "2,5 mg ", "mujer de 45 años ", "sexo masculino ", "\n- ",
    "sin ", "y control ", "vitamina B12 ", "(", ")", "# ", "<b>", "COVID-19 ", "tipo 2 ",
])
outputs = st.lists(st.text(max_size=20) | clinical_bits, max_size=30).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(output=outputs, input=json_values)
def test_checks_never_raise_and_spans_are_in_bounds(output, input):
    first = ENGINE.check(output, input, "x")
    assert not [f for f in first.findings if f.check == "HAR001"], first.findings
    for f in first.findings:
        assert 0 <= f.start <= f.end <= len(output)
        assert f.message
    again = ENGINE.check(output, input, "x")
    assert again == first
