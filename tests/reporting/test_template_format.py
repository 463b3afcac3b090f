"""A wrong template is refused whole, naming each wrong key and its line; no template crashes the engine."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from oend.core.actor import Actor
from oend.reporting.aggregates import MEASURES
from oend.reporting.engine import compute_report
from oend.reporting.periods import SPANS, UNITS, Period
from oend.reporting.template_format import TABLE_KEYS, TemplateError, parse_template
from oend.reporting.template_source import key_lines

GOOD_TABLE = '[[tables]]\nid = "k"\ntitle = "Kits"\nmeasure = "kits"\nrows = "site"\n'


def _refusal(text: str) -> TemplateError:
    with pytest.raises(TemplateError) as caught:
        parse_template("t", text)
    return caught.value


BROKEN = [
    # (template text, the key named, its line, words of the message)
    ('title = "x"\n' + GOOD_TABLE.replace('"kits"', '"hugs"'), "tables[1].measure", 5, "unknown measure 'hugs'"),
    ('title = "x"\n' + GOOD_TABLE.replace('"site"', '"outcome"'), "tables[1].rows", 6, "cannot be broken down by"),
    (
        'title = "x"\n' + GOOD_TABLE + 'filters = { supply_type = ["refil"] }\n',
        "tables[1].filters.supply_type",
        7,
        "'refil' is not one of: new, refill",
    ),
    (
        'title = "x"\n' + GOOD_TABLE + '\n[tables.filters]\nrefill_reason = ["lost", "eaten"]\n',
        "tables[1].filters.refill_reason",
        9,
        "'eaten' is not one of",
    ),
    ('title = "x"\n' + GOOD_TABLE + "suppress = 1\n", "tables[1].suppress", 7, "true or false"),
    ('title = "x"\n' + GOOD_TABLE.replace('rows = "site"', "rows = 3"), "tables[1].rows", 6, "text in quotes"),
    ('title = "x"\n' + GOOD_TABLE + 'measures = ["kits"]\n', "tables[1].measures", 7, "not both"),
    (
        'title = "x"\n[[tables]]\nid = "k"\ntitle = "K"\nmeasure = "kits"\nrows = "site"\ncolumns = "site"\n',
        "tables[1].columns",
        7,
        "must differ from 'rows'",
    ),
    ('title = "x"\n' + GOOD_TABLE.replace('rows = "site"\n', ""), "tables[1].rows", 2, "needs 'rows'"),
    ('title = "x"\n' + GOOD_TABLE + "colour = 1\n", "tables[1].colour", 7, "not a table setting"),
    ('title = "x"\nthreshold = "ten"\n' + GOOD_TABLE, "threshold", 2, "whole number"),
    ('title = "x"\n' + GOOD_TABLE + GOOD_TABLE, "tables[2].id", 8, "earlier table"),
    ('title = "x"\n' + GOOD_TABLE + 'chart = "pie"\n', "tables[1].chart", 7, "must be one of: bar"),
    (
        'title = "x"\n' + GOOD_TABLE + 'filters = { outcome = "died" }\n',
        "tables[1].filters.outcome",
        7,
        "cannot be filtered",
    ),
    ('title = "x"\npublication = "yes"\n' + GOOD_TABLE, "publication", 2, "true or false"),
    ('title = "x"\n[[tables]]\nid = "k"\ntitle = "K"\n', "tables[1]", 2, "needs a 'measure'"),
    ('title = "x"\n[[tables]]\nid = "k"\ntitle = "K"\nmeasure = "kits"\nrows = "site\n', "TOML", 6, "not valid TOML"),
    ('title = "x"\n', "tables", None, "at least one [[tables]]"),
    ('title = "x"\n' + GOOD_TABLE + 'periods = "fortnight"\n', "tables[1].periods", 7, "not a way to cut a period"),
    ('title = "x"\n' + GOOD_TABLE + 'periods = ["report", "ever"]\n', "tables[1].periods", 7, "'ever' is not a span"),
    ('title = "x"\n' + GOOD_TABLE + 'columns = "product"\npercent = true\n', "tables[1].percent", 8, "'rows' alone"),
    ('title = "x"\nage_bands = ["0-17", "15-24"]\n' + GOOD_TABLE, "age_bands", 2, "'15-24' is not a band"),
    (
        'title = "x"\n' + GOOD_TABLE.replace('"site"', '"age_group"'),
        "tables[1].rows",
        6,
        "needs the template's 'age_bands'",
    ),
    ('title = "x"\n' + GOOD_TABLE.replace('"site"', '["site"]'), "tables[1].rows", 6, "2 to 4 different breakdowns"),
    ('title = "x"\n' + GOOD_TABLE.replace('"site"', '["region", "outcome"]'), "tables[1].rows", 6, "by 'outcome'"),
    ('title = "x"\nfiscal_year_start = 13\n' + GOOD_TABLE, "fiscal_year_start", 2, "1 to 12"),
    ('title = "x"\n' + GOOD_TABLE.replace('"site"', '"periods"'), "tables[1].rows", 6, "needs 'periods'"),
    (
        'title = "x"\n[[tables]]\nid = "k"\ntitle = "K"\nmeasures = ["kits", "doses"]\nrows = "site"\n'
        'columns = "product"\n',
        "tables[1].measures",
        5,
        "no side left for measures",
    ),
    ('title = "x"\ntitle_es = 3\n' + GOOD_TABLE, "title_es", 2, "text in quotes"),
    ('title = "x"\ntitel_es = "Informe"\n' + GOOD_TABLE, "titel_es", 2, "not a template setting"),
    ('title = "x"\n' + GOOD_TABLE + 'note_es = "Una nota"\n', "tables[1].note_es", 7, "needs the English 'note'"),
    ('title = "x"\n' + GOOD_TABLE + 'title_fr = "Kits"\n', "tables[1].title_fr", 7, "not a table setting"),
    ('title = "x"\n' + GOOD_TABLE + 'sheet = "K"\nsheet_es = ["K"]\n', "tables[1].sheet_es", 8, "text in quotes"),
]


@pytest.mark.parametrize(("text", "key", "line", "words"), BROKEN)
def test_a_broken_template_is_refused_naming_the_key_and_its_line(
    text: str, key: str, line: int | None, words: str
) -> None:
    error = _refusal(text)
    assert [(p.field, p.row) for p in error.problems][:1] == [(key, line)], error
    assert words in str(error)
    if line is not None:
        assert f"line {line}, {key}: " in str(error)


def test_a_template_is_worded_in_spanish_where_it_gives_spanish_and_in_english_elsewhere() -> None:
    template = parse_template(
        "t",
        'title = "Kits"\ntitle_es = "Kits entregados"\ndescription = "For the board."\n'
        + GOOD_TABLE
        + 'title_es = "Kits por sitio"\nnote = "Outreach counts."\nsheet = "By site"\nsheet_es = "Por sitio"\n',
    )
    spanish = template.in_language("es")
    assert (spanish.title, spanish.description) == ("Kits entregados", "For the board.")
    table = spanish.tables[0]
    assert (table.title, table.note, table.sheet) == ("Kits por sitio", "Outreach counts.", "Por sitio")
    assert template.in_language("en") == template and template.tables[0].title == "Kits"


def test_every_problem_is_named_at_once() -> None:
    text = 'title = "x"\n[[tables]]\nid = "a"\ntitle = "A"\nmeasure = "hugs"\nrows = "site"\n' + GOOD_TABLE.replace(
        '"site"', '"planet"'
    )
    assert [(p.field, p.row) for p in _refusal(text).problems] == [("tables[1].measure", 5), ("tables[2].rows", 11)]


def test_a_filter_naming_a_site_the_program_lacks_is_refused_when_run(seeded, actor: Actor) -> None:
    session, _ = seeded
    good = parse_template("t", 'title = "x"\n' + GOOD_TABLE + 'filters = { site = ["north"] }\n')
    assert compute_report(session, actor, good, Period.quarter(2025, 3)).tables[0].values[-1] == [14]
    typo = parse_template("t", 'title = "x"\n' + GOOD_TABLE + 'filters = { site = ["NORHT"] }\n')
    with pytest.raises(TemplateError, match=r"line 7, tables\[1\].filters.site: the program has no site 'NORHT'"):
        compute_report(session, actor, typo, Period.quarter(2025, 3))


def test_key_lines_follow_headers_and_inline_tables() -> None:
    text = 'title = "x"\n\n[[tables]]\nid = "a"\n[tables.filters]\nsite = ["N"]\n[[tables]]\nf = { a = 1, b = 2 }\n'
    lines = key_lines(text)
    assert lines["tables[1].id"] == 4 and lines["tables[1].filters.site"] == 6
    assert lines["tables[2]"] == 7 and lines["tables[2].f.b"] == 8


# Any document at all: the engine refuses it in words or runs it, never crashes ---------------------

DIMENSIONS = sorted({d for m in MEASURES.values() for d in m.dimensions})
names = st.sampled_from(
    [
        *MEASURES,
        *DIMENSIONS,
        *UNITS,
        *SPANS,
        "age_group",
        "measures",
        "periods",
        "new",
        "refill",
        "18-24",
        "65+",
        "bar",
        "x",
    ]
)
scalars = st.one_of(names, st.integers(-3, 30), st.booleans(), st.text(max_size=5))
values = st.one_of(
    scalars, st.lists(scalars, max_size=3), st.dictionaries(names, st.lists(names, max_size=2), max_size=2)
)
anything = st.dictionaries(st.sampled_from(sorted(TABLE_KEYS | {"extra"})), values, max_size=8)
dims = st.sampled_from([*DIMENSIONS, "age_group", "measures", "periods"])
shared = sorted(set.intersection(*(set(m.dimensions) for m in MEASURES.values())))  # every measure has these
common = st.sampled_from([*shared, "measures", "periods"])
what = st.one_of(
    st.fixed_dictionaries({"measure": st.sampled_from(list(MEASURES))}),
    st.fixed_dictionaries({"measures": st.lists(st.sampled_from(list(MEASURES)), min_size=1, max_size=3)}),
)
likely = st.builds(  # mostly well formed, so the engine runs them rather than refusing them
    lambda head, rest: {**head, **rest},
    what,
    st.fixed_dictionaries(
        {
            "id": st.sampled_from(["a", "b", "c"]),
            "title": st.just("T"),
            "rows": st.one_of(common, st.lists(common, min_size=1, max_size=3)),
        },
        optional={
            "columns": common,
            "periods": st.one_of(st.sampled_from(UNITS), st.lists(st.sampled_from(SPANS), min_size=1, max_size=3)),
            "percent": st.booleans(),
            "suppress": st.booleans(),
            "filters": st.dictionaries(dims, st.lists(names, min_size=1, max_size=2), max_size=1),
        },
    ),
)
tables = st.one_of(anything, likely)
chaos = st.fixed_dictionaries(
    {"title": st.one_of(st.just("Report"), scalars), "tables": st.lists(tables, min_size=1, max_size=3)},
    optional={
        "publication": scalars,
        "threshold": st.integers(0, 12),
        "fiscal_year_start": st.integers(1, 13),
        "description": scalars,
        "age_bands": st.lists(st.sampled_from(["0-17", "18-24", "25-44", "45+", "65+", "x"]), max_size=4),
    },
)
orderly = st.fixed_dictionaries(
    {"title": st.just("Report"), "tables": st.lists(likely, min_size=1, max_size=2, unique_by=lambda t: t["id"])},
    optional={
        "publication": st.booleans(),
        "threshold": st.integers(1, 12),
        "fiscal_year_start": st.integers(1, 12),
        "age_bands": st.just(["0-17", "18-24", "25-44", "45+"]),
    },
)
documents = st.one_of(chaos, orderly)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    assert isinstance(value, dict)
    return "{ " + ", ".join(f'"{k}" = {_toml_value(v)}' for k, v in value.items()) + " }"


def _toml(document: dict) -> str:
    head = [f"{k} = {_toml_value(v)}" for k, v in document.items() if k != "tables"]
    for table in document["tables"]:
        head += ["[[tables]]", *(f"{k} = {_toml_value(v)}" for k, v in table.items())]
    return "\n".join(head) + "\n"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=documents)
def test_no_template_crashes_the_engine(seeded, actor: Actor, document: dict) -> None:
    session, _ = seeded
    try:
        template = parse_template("fuzz", _toml(document))
        report = compute_report(session, actor, template, Period.quarter(2025, 3))
    except TemplateError as error:
        assert error.problems and all(p.field for p in error.problems)
        event("refused")
        return
    event("ran")
    assert len(report.tables) == len(document["tables"])
    for table in report.tables:
        assert table.values and all(len(row) == len(table.values[0]) for row in table.values)
