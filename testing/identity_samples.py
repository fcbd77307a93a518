"""Swedish personal identity numbers and their look-alikes, shared by the detector's
tests and the report form's tests.

VALID are the plain shapes; WRITTEN_FORMS the same numbers as people and word processors
write them (spaces, dashes, dots, invisible characters); LOOK_ALIKES must pass.
"""


def check_digit(nine_digits):
    """Independent Luhn check digit (weights 2,1,2,1,...) for building test numbers."""
    total = 0
    for position, char in enumerate(nine_digits):
        value = int(char) * (2 - position % 2)
        total += value // 10 + value % 10
    return str((10 - total % 10) % 10)


def number(yymmdd, serial, century="", separator="-"):
    return f"{century}{yymmdd}{separator}{serial}{check_digit(yymmdd + serial)}"


VALID = [
    "19121212-1212",
    "121212-1212",
    "191212121212",
    "1212121212",
    "121212+1212",  # over 100 years old
    number("050412", "123"),
    number("070101", "456", century="20"),
    number("080229", "321"),  # leap day
    number("091231", "999", separator=""),
    number("060615", "240", century="20", separator=""),
    number("990101", "001"),
    number("880808", "888", century="19"),
    number("010131", "777"),
    number("100430", "314", century="20"),
    number("070163", "239"),  # samordningsnummer: day 3 + 60
    number("081291", "150"),  # samordningsnummer: day 31 + 60
    number("050461", "222", century="20"),
    number("920705", "010", separator="+"),
    number("031120", "468", separator=""),
    number("770517", "602", century="19", separator=""),
]

LOOK_ALIKES = [
    "070-123 45 67",  # mobile phone
    "08-123 456 78",
    "0470-123 45",
    "+46 70 123 45 67",
    "2014-12-31",  # ISO date
    "31/12-14",  # the seed's date
    "20141231",  # compact date
    "2014-12-31 14:30",
    "556036-0793",  # organisationsnummer (month 60)
    "19121212-1213",  # wrong check digit
    "121212-1213",
    "991332-1234",  # month 13
    "990230-1234",  # 30 February
    "1 234 567 kr",
    "352 30 Växjö",  # postcode
    "10/15",
    "tel. 0470-41 000",
    "konto 1234-56 789 012",
    "ärende 2014-1234",
    number("050432", "123"),  # day 32 is neither a date nor a samordningsnummer
]


def _written_forms(yymmdd, serial, century):
    """One number in every way of writing it that the detector must see through."""
    check = check_digit(yymmdd + serial)
    date, tail = f"{century}{yymmdd}", f"{serial}{check}"
    yy, mm, dd = yymmdd[:2], yymmdd[2:4], yymmdd[4:]
    return [
        f"{date} {tail}",  # a space
        f"{date}\u00a0{tail}",  # a no-break space
        f"{date}\u2013{tail}",  # an en dash
        f"{date}\u2212{tail}",  # a minus sign
        f"{date}\u2011{tail}",  # a non-breaking hyphen
        f"{date}-\u00ad{tail}",  # a soft hyphen after the dash
        f"{date}\u00ad{tail}",  # a soft hyphen alone
        f"{date}\u200b-{tail}",  # a zero-width space
        f"{century}{yy}.{mm}.{dd}-{tail}",  # dots between the date parts
        f"{date} - {tail}",  # spaces around the dash
        f"{date}\uff0d{tail}",  # a full-width hyphen-minus (NFKC folds it)
    ]


WRITTEN_FORMS = [
    form
    for yymmdd, serial, century in [
        ("121212", "121", "19"),
        ("050412", "123", ""),
        ("070101", "456", "20"),
        ("080229", "321", ""),
        ("881224", "048", "19"),
        ("070163", "239", ""),  # samordningsnummer
    ]
    for form in _written_forms(yymmdd, serial, century)
]

# Ten digits that are a mobile number and also a valid identity number (born 2007-01-01).
PHONE_AND_IDENTITY_NUMBER = "0701010241"

LOOK_ALIKES += [
    # Phone numbers as people write them.
    "070-101 02 41",
    "070 101 02 41",
    "070-1010241",
    "0701-01 02 41",
    "+46 70 101 02 41",
    "+46701010241",
    "070-987 65 43",
    "073-123 45 67",
    "076 555 12 34",
    "08-123 456 78",
    "08-12 34 56",
    "08 123 456 78",
    "031-123 45 67",
    "0470-70 00 00",
    "0470-12 34 56",
    "0771-670 670",
    "020-12 34 56",
    "(08) 123 456 78",
    "+46 8 123 456 78",
    "010-123 45 67",
    # Dates and times.
    "2014-12-31",
    "2014–12–31",
    "31.12.2014",
    "2014.12.31",
    "den 31/12-14",
    "1 januari 2015",
    "2015-01-01–2016-06-30",
    "kl. 14.30–16.00",
    "v. 34 2015",
    "2015/16",
    # Organisation numbers (the month is 20 or more).
    "212000-0142",
    "212000–0142",
    "556036-0793",
    "802472-3466",
    "222000-1123",
    # Postcodes, amounts and references.
    "352 30 Växjö",
    "352\u00a030",
    "114 51 Stockholm",
    "1 234 567 kr",
    "12\u00a0500 kronor",
    "2 500 000",
    "Dnr 2015/1234",
    "BG 5050-1055",
    "PG 90 20 01-9",
    "ISBN 978-91-7343-123-4",
    "SFS 2010:800",
    "Prop. 2013/14:68",
    "3,5 procent",
    "25 deltagare, 10 tjejer och 15 killar",
    "version 1.2.3.4",
]
