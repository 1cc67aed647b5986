from pipelines.reference import REFERENCE_DIR, load_table

HEADERS = {
    "countries": ["iso3", "iso2", "name", "aliases", "timezone"],
    "missile_systems": ["name", "aliases", "launch_country", "missile_class", "range_class", "source"],
    "launch_sites": ["name", "aliases", "launch_country", "kind", "latitude", "longitude", "source"],
    "actors": ["actor", "aliases", "role", "country", "org"],
    "organisations": ["org", "aliases"],
}


def test_reference_tables_have_the_fixed_headers():
    for name, header in HEADERS.items():
        first_line = (REFERENCE_DIR / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert first_line.split(",") == header


def test_load_table_returns_fresh_copies():
    rows = load_table("countries")
    rows[0]["iso3"] = "XXX"
    assert load_table("countries")[0]["iso3"] != "XXX"


def test_korea_uses_seoul_time_for_both_koreas():
    tz = {r["iso3"]: r["timezone"] for r in load_table("countries")}
    assert tz["PRK"] == "Asia/Seoul" and tz["KOR"] == "Asia/Seoul" and tz["YEM"] == "Asia/Aden"


def test_every_missile_system_has_a_known_class():
    classes = {"ballistic", "cruise", "hypersonic", "space_launch"}
    ranges = {"", "SRBM", "MRBM", "IRBM", "ICBM", "SLBM"}
    for row in load_table("missile_systems"):
        assert row["missile_class"] in classes, row
        assert row["range_class"] in ranges, row
        assert row["source"], row


def test_every_site_has_a_kind_and_coordinates():
    for row in load_table("launch_sites"):
        assert row["kind"] in {"site", "city", "county", "province", "area"}, row
        float(row["latitude"]), float(row["longitude"])
        assert row["source"], row


def test_site_names_are_unique_across_aliases():
    seen: dict[str, str] = {}
    for row in load_table("launch_sites"):
        for alias in [row["name"], *row["aliases"].split(";")]:
            key = alias.strip().lower()
            if key:
                assert seen.setdefault(key, row["name"]) == row["name"], alias
