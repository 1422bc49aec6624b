import pytest

from actorgraph.ingest.byline import parse_date, read_byline


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("Feb 23, 2018", "2018-02-23"),
        ("23 February 2018", "2018-02-23"),
        ("12 Sept 2020", "2020-09-12"),
        ("September 1st, 2020", "2020-09-01"),
        ("2019-06-14T10:00:00Z", "2019-06-14"),
        ("2019/06/14", "2019-06-14"),
        ("March 3", None),
        ("2020-02-30", None),
    ],
)
def test_byline_parse_date(raw, iso):
    assert parse_date(raw) == iso


def test_byline_reads_author_and_date_from_pipe_byline():
    b = read_byline("By Jane Roe | Fellow, Some Institute | Feb 23, 2018\n\nThe group said ...")
    assert (b.author, b.published) == ("Jane Roe", "2018-02-23")


def test_byline_reads_wire_agency_but_invents_no_year():
    b = read_byline("BAGHDAD, March 3 (Reuters) - Iraqi forces said ...")
    assert b.outlet == "Reuters"
    assert b.published is None


def test_byline_dateline_with_year():
    b = read_byline("ERBIL, Iraq, Oct 2, 2019 (AFP) \u2014 Kurdish officials said ...")
    assert (b.outlet, b.published) == ("AFP", "2019-10-02")


@pytest.mark.parametrize(("line", "outlet"), [
    ("By Huda Karim | Baghdad Observer | May 14, 2024", "Baghdad Observer"),
    ("Caspian Dispatch \u2014 Tehran, Feb 17, 2025", "Caspian Dispatch"),
    ("Tigris Security Profiles | By Layla Ibrahim | February 12, 2020", "Tigris Security Profiles"),
    ("By Nour Khalife \u2014 Beirut | The Cedar Ledger | 16 April 2024", "The Cedar Ledger"),
    ("By Zeina Rashid | Euphrates Review, Baghdad | November 30, 2019", "Euphrates Review"),
    ("By Jane Roe | Fellow, Some Institute | Feb 23, 2018", None),
    ("PRESS RELEASE | November 17, 2023", None),
])
def test_byline_reads_the_publication_from_a_pipe_or_dash_byline(line, outlet):
    assert read_byline(line + "\n\nThe group said ...").outlet == outlet
