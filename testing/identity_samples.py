"""Swedish personal identity numbers and their look-alikes, shared by the detector's
tests and the report form's tests."""


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
