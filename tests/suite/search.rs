//! Search over the fixture tree: Albanian matching, facets, filters, sorting.

use chrono::NaiveDate;

use super::util::Fixture;
use arkiva::index::Archive;
use arkiva::model::ActType;
use arkiva::search::{search, FacetFilter, SearchRequest, SearchResponse, Sort};

fn run(archive: &Archive, query: &str, filter: FacetFilter) -> SearchResponse {
    let request = SearchRequest {
        query: query.into(),
        filter,
        limit: 100,
        ..Default::default()
    };
    search(archive, &request).unwrap()
}

fn sources(response: &SearchResponse) -> Vec<&str> {
    response.hits.iter().map(|h| h.source.as_str()).collect()
}

#[test]
fn diacritic_free_and_inflected_queries_find_acts() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    for query in [
        "keshilli bursa",
        "Këshillit për bursat",
        "bursave studentet",
        "KESHILLI",
    ] {
        let found = run(&archive, query, FacetFilter::default());
        assert!(
            sources(&found).contains(&"aktet/vendim-bursat.pdf"),
            "'{query}' did not find the decision: {:?}",
            sources(&found)
        );
    }
    // The only act with both words, then acts with one of them.
    let found = run(&archive, "ndricimin publik", FacetFilter::default());
    assert_eq!(found.all_words, Some(1));
    assert_eq!(sources(&found)[0], "regjistri-i-kontratave.csv#row=2");
}

#[test]
fn query_syntax_phrase_exclusion_or_and_leniency() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let any = FacetFilter::default;
    let phrase = run(&archive, "\"ndarjen e bursave\"", any());
    assert!(sources(&phrase).contains(&"aktet/vendim-bursat.pdf"));
    assert!(
        !sources(&run(&archive, "\"bursave ndarjen\"", any())).contains(&"aktet/vendim-bursat.pdf")
    );
    assert!(sources(&run(&archive, "bursave", any())).contains(&"aktet/vendim-bursat.pdf"));
    let without = run(&archive, "bursave -studentet", any());
    assert!(!sources(&without).contains(&"aktet/vendim-bursat.pdf"));
    let either = sources(&run(&archive, "fermereve OR ndricimit", any())).join(" ");
    assert!(
        either.contains("regjistri-i-vendimeve.csv#row=3"),
        "{either}"
    );
    assert!(
        either.contains("regjistri-i-kontratave.csv#row=2"),
        "{either}"
    );
    for broken in ["\"unclosed", "((", "title:", ")(-", "AND OR", "*", "~2"] {
        let _ = run(&archive, broken, any());
    }
}

#[test]
fn empty_query_matches_everything_with_facets_over_all_matches() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let request = SearchRequest {
        limit: 1,
        ..Default::default()
    };
    let all = search(&archive, &request).unwrap();
    assert_eq!(all.total, 7);
    assert_eq!(all.hits.len(), 1);
    let type_total: u64 = all.facets.types.values().sum();
    assert_eq!(type_total, 7, "facets count every match, not the page");
    assert_eq!(all.facets.types["kontrate"], 2);
    assert_eq!(all.facets.years["2021"], 4);
}

#[test]
fn facet_counts_are_disjunctive() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let filter = FacetFilter {
        types: vec![ActType::Kontrate],
        ..Default::default()
    };
    let found = run(&archive, "", filter);
    assert_eq!(found.total, 2);
    assert!(found.hits.iter().all(|h| h.act_type == ActType::Kontrate));
    // The type facet ignores the type selection, so other types stay visible.
    assert_eq!(found.facets.types["vendim"], 2);
    // Other facets follow the selection.
    assert_eq!(found.facets.years.values().sum::<u64>(), 2);

    let two_types = FacetFilter {
        types: vec![ActType::Kontrate, ActType::Vendim],
        years: vec![2021],
        ..Default::default()
    };
    let found = run(&archive, "", two_types);
    assert_eq!(
        found.total, 4,
        "values of one facet combine with OR, facets with AND"
    );

    let by_issuer = FacetFilter {
        issuers: vec!["kuvendi i komunes".into()],
        ..Default::default()
    };
    let found = run(&archive, "", by_issuer);
    assert_eq!(sources(&found), ["aktet/vendim-bursat.pdf"]);
}

#[test]
fn date_range_and_sorting() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let mut request = SearchRequest {
        limit: 100,
        sort: Sort::Newest,
        ..Default::default()
    };
    let newest = search(&archive, &request).unwrap();
    let dates: Vec<_> = newest.hits.iter().filter_map(|h| h.date).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
    assert!(
        newest
            .hits
            .iter()
            .rev()
            .take_while(|h| h.date.is_none())
            .count()
            == newest.hits.iter().filter(|h| h.date.is_none()).count(),
        "undated acts come last"
    );

    request.sort = Sort::Oldest;
    let oldest = search(&archive, &request).unwrap();
    let dates: Vec<_> = oldest.hits.iter().filter_map(|h| h.date).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);

    request.from = NaiveDate::from_ymd_opt(2021, 4, 1);
    request.to = NaiveDate::from_ymd_opt(2021, 5, 31);
    let ranged = search(&archive, &request).unwrap();
    assert_eq!(ranged.total, 2);
}

#[test]
fn snippets_mark_matches_and_escape_html() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let found = run(&archive, "keshilli", FacetFilter::default());
    let hit = found
        .hits
        .iter()
        .find(|h| h.source == "aktet/vendim-bursat.pdf")
        .unwrap();
    assert!(
        hit.snippet.contains("<mark>Këshilli</mark>"),
        "{}",
        hit.snippet
    );
    let contract = run(&archive, "druri", FacetFilter::default());
    assert!(contract.hits.iter().all(|h| !h.snippet.contains('"')));
}

#[test]
fn paging_and_limits() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let page = |offset| {
        let request = SearchRequest {
            limit: 3,
            offset,
            sort: Sort::Oldest,
            ..Default::default()
        };
        search(&archive, &request).unwrap()
    };
    let first = page(0);
    let second = page(3);
    let third = page(6);
    assert_eq!(
        (first.hits.len(), second.hits.len(), third.hits.len()),
        (3, 3, 1)
    );
    let mut ids: Vec<_> = [first, second, third]
        .iter()
        .flat_map(|p| p.hits.iter().map(|h| h.id.clone()).collect::<Vec<_>>())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 7);
    let bad = SearchRequest {
        limit: 0,
        ..Default::default()
    };
    assert!(search(&archive, &bad).is_err());
    let too_far = SearchRequest {
        offset: 1_000_000,
        ..Default::default()
    };
    assert_eq!(search(&archive, &too_far).unwrap().hits.len(), 0);
}

/// A register of acts with the given titles, ingested into a fresh archive.
fn archive_of(titles: &[&str]) -> (tempfile::TempDir, tempfile::TempDir, Archive) {
    let dated: Vec<(&str, &str)> = titles.iter().map(|t| (*t, "10.01.2024")).collect();
    archive_of_dated(&dated)
}

fn archive_of_dated(acts: &[(&str, &str)]) -> (tempfile::TempDir, tempfile::TempDir, Archive) {
    let input = tempfile::TempDir::new().unwrap();
    let mut register = String::from("Nr.,Data,Lloji,Titulli\n");
    for (i, (title, date)) in acts.iter().enumerate() {
        register.push_str(&format!("{}/2024,{date},Vendim,\"{title}\"\n", i + 1));
    }
    super::util::write(input.path(), "regjistri.csv", register);
    let index = tempfile::TempDir::new().unwrap();
    let archive = Archive::open_or_create(index.path()).unwrap();
    super::util::ingest_into(&archive, input.path());
    (input, index, archive)
}

fn titles(response: &SearchResponse) -> Vec<&str> {
    response.hits.iter().map(|h| h.title.as_str()).collect()
}

#[test]
fn too_few_acts_with_every_word_are_followed_by_acts_with_some() {
    let (_input, _index, archive) = archive_of(&[
        "Vendim për bursat e studentëve",
        "Lista e bursave për nxënësit",
        "Orari i provimeve për studentët",
        "Konvikti i studentëve",
        "Kartela e studentit",
        "Ushqimi për studentët",
        "Orari i punës së bibliotekës",
    ]);
    let found = run(&archive, "bursat studentet", FacetFilter::default());
    // One act has both words; then the act without the commoner word
    // (studentët: 5 acts) before those without the rarer one (bursat: 2).
    assert_eq!(found.all_words, Some(1));
    assert_eq!(found.total, 6);
    let ranked = titles(&found);
    assert_eq!(ranked[0], "Vendim për bursat e studentëve");
    assert_eq!(ranked[1], "Lista e bursave për nxënësit");
    assert!(!ranked.contains(&"Orari i punës së bibliotekës"));

    // An exclusion still holds when the words are relaxed.
    let without = run(
        &archive,
        "bursat studentet -konvikti",
        FacetFilter::default(),
    );
    assert_eq!(without.all_words, Some(1));
    assert!(!titles(&without).contains(&"Konvikti i studentëve"));

    // No act has every word: the page still lists those with the most.
    let none = run(
        &archive,
        "bursat studentet masterit",
        FacetFilter::default(),
    );
    assert_eq!(none.all_words, Some(0));
    assert_eq!(none.hits[0].title, "Vendim për bursat e studentëve");
}

#[test]
fn enough_acts_with_every_word_are_not_widened() {
    let mut many: Vec<String> = (0..12)
        .map(|i| format!("Bursat e studentëve, lista {i}"))
        .collect();
    many.push("Lista e bursave për nxënësit".to_string());
    let refs: Vec<&str> = many.iter().map(String::as_str).collect();
    let (_input, _index, archive) = archive_of(&refs);
    let found = run(&archive, "bursat studentet", FacetFilter::default());
    assert_eq!(found.all_words, None);
    assert_eq!(found.total, 12);
    assert!(!titles(&found).contains(&"Lista e bursave për nxënësit"));
}

#[test]
fn a_typo_finds_the_word_when_too_few_acts_match() {
    let (_input, _index, archive) = archive_of(&[
        "Vendim për subvencionimin e fermerëve",
        "Vendim për bursat e studentëve",
    ]);
    // One letter dropped from a word of 5+ letters; never on short words.
    let found = run(&archive, "subvencionimn fermereve", FacetFilter::default());
    assert_eq!(titles(&found), ["Vendim për subvencionimin e fermerëve"]);
    assert_eq!(found.all_words, None);
    assert!(
        found.hits[0].snippet.contains("<mark>"),
        "{}",
        found.hits[0].snippet
    );
    assert_eq!(
        run(&archive, "bursa studentx", FacetFilter::default()).all_words,
        Some(0)
    );
}

#[test]
fn words_close_together_rank_above_scattered_ones() {
    let (_input, _index, archive) = archive_of(&[
        "Ndriçimi i rrugës kryesore dhe i sheshit publik",
        "Ndriçimi publik i rrugës kryesore dhe i sheshit të qytetit",
    ]);
    // The scattered title is the shorter one: BM25 alone ranks it first.
    let found = run(&archive, "ndricimi publik", FacetFilter::default());
    assert_eq!(
        titles(&found)[0],
        "Ndriçimi publik i rrugës kryesore dhe i sheshit të qytetit"
    );
}

#[test]
fn equal_scores_put_the_newest_act_first() {
    let (_input, _index, archive) = archive_of_dated(&[
        ("Thirrje për subvencione në bujqësi", "03.02.2019"),
        ("Thirrje për subvencione në bujqësi", "05.02.2023"),
        ("Thirrje për subvencione në bujqësi", "04.02.2021"),
    ]);
    let found = run(&archive, "subvencione bujqesi", FacetFilter::default());
    let years: Vec<Option<i32>> = found
        .hits
        .iter()
        .map(|h| h.date.map(|d| chrono::Datelike::year(&d)))
        .collect();
    assert_eq!(years, [Some(2023), Some(2021), Some(2019)]);
}

/// The two contract registers of `util::contract_registers`, ingested.
fn contracts() -> (tempfile::TempDir, tempfile::TempDir, Archive) {
    let dir = tempfile::TempDir::new().unwrap();
    super::util::contract_registers(dir.path());
    let index = tempfile::TempDir::new().unwrap();
    let archive = Archive::open_or_create(index.path()).unwrap();
    let report = super::util::ingest_into(&archive, dir.path());
    assert_eq!(report.records, 6, "{report:?}");
    (dir, index, archive)
}

#[test]
fn an_operator_is_found_across_municipalities_and_its_spellings_group() {
    let (_dir, _index, archive) = contracts();
    let acts = super::util::all_acts(&archive);
    // Two contracts of one procurement and date are two records.
    let same_procurement: Vec<_> = acts
        .iter()
        .filter(|a| a.procurement_number.as_deref() == Some("618-14-001-211"))
        .collect();
    assert_eq!(same_procurement.len(), 2);
    let tali = acts
        .iter()
        .find(|a| a.operator.as_deref() == Some("\"TALI\" sh.p.k"))
        .expect("the original spelling is kept");
    assert_eq!(tali.operator_key.as_deref(), Some("tali"));
    assert_eq!(tali.value_eur, Some(12_000.0));

    // The name as words: every TALI record, in both municipalities.
    let found = run(&archive, "tali", FacetFilter::default());
    let mut operators: Vec<&str> = found
        .hits
        .iter()
        .filter_map(|h| h.operator.as_deref())
        .collect();
    operators.sort_unstable();
    assert_eq!(operators, ["\"TALI\" sh.p.k", "TALI", "TALI", "Tali SHPK"]);
    assert_eq!(found.facets.municipalities.len(), 2, "{:?}", found.facets);
    let group = &found.facets.operators["tali"];
    assert_eq!((group.label.as_str(), group.count), ("TALI", 4));

    // The exact lookup by any spelling: the same four records.
    let filter = FacetFilter {
        operators: vec!["Tali SHPK".into()],
        ..Default::default()
    };
    let by_operator = run(&archive, "", filter);
    assert_eq!(by_operator.total, 4);
    assert_eq!(by_operator.facets.municipalities["Gjakovë"], 2);
    assert_eq!(by_operator.facets.municipalities["Viti"], 2);
    // Operator field syntax in the query text works too.
    assert_eq!(
        run(&archive, "operator:iliria", FacetFilter::default()).total,
        2
    );

    // Every operator of the archive: two keys, spellings grouped.
    let all = run(&archive, "", FacetFilter::default());
    assert_eq!(all.facets.operators.len(), 2, "{:?}", all.facets.operators);
    assert_eq!(all.facets.operators["iliria"].count, 2);
}

#[test]
fn municipality_and_value_filters() {
    let (_dir, _index, archive) = contracts();
    let filter = FacetFilter {
        municipalities: vec!["viti".into()],
        ..Default::default()
    };
    let viti = run(&archive, "", filter.clone());
    assert_eq!(viti.total, 3);
    // The municipality facet ignores its own selection.
    assert_eq!(viti.facets.municipalities["Gjakovë"], 3);

    let ranged = |min: Option<f64>, max: Option<f64>| {
        let request = SearchRequest {
            min_value: min,
            max_value: max,
            limit: 100,
            ..Default::default()
        };
        let mut values: Vec<f64> = search(&archive, &request)
            .unwrap()
            .hits
            .iter()
            .filter_map(|h| h.value_eur)
            .collect();
        values.sort_by(f64::total_cmp);
        values
    };
    assert_eq!(
        ranged(Some(3_000.0), Some(12_000.0)),
        [3_000.0, 8_000.0, 12_000.0]
    );
    assert_eq!(ranged(Some(10_000.0), None), [12_000.0, 50_000.0]);
    assert_eq!(ranged(None, Some(700.0)), [450.0, 700.0]);
    let bad = SearchRequest {
        min_value: Some(5.0),
        max_value: Some(1.0),
        ..Default::default()
    };
    assert!(matches!(
        search(&archive, &bad),
        Err(arkiva::search::SearchError::ValueRange { .. })
    ));
}

#[test]
fn reingesting_contract_registers_changes_nothing() {
    let (dir, _index, archive) = contracts();
    let before = super::util::all_acts(&archive);
    let again = super::util::ingest_into(&archive, dir.path());
    assert_eq!(
        (again.added, again.updated, again.removed),
        (0, 0, 0),
        "{again:?}"
    );
    assert_eq!(again.unchanged_files, 2, "{again:?}");
    assert_eq!(super::util::all_acts(&archive), before);
}

/// A register of `acts` decisions, each with "ndriçimi" and "rrugës" once in
/// texts of equal length: side by side in every fourth act (`close`),
/// far apart in the others.
fn proximity_archive(acts: usize) -> (tempfile::TempDir, Archive) {
    let dir = tempfile::tempdir().unwrap();
    let filler = "pastaj komisioni shqyrtoi kërkesat e qytetarëve për çështje të ndryshme";
    let mut csv = String::from("Nr.,Data,Lloji,Titulli,Organi,Teksti\n");
    for i in 0..acts {
        let text = if close(i) {
            format!("{filler} ndriçimi i rrugës {filler} {filler}")
        } else {
            format!("ndriçimi i {filler} {filler} {filler} rrugës")
        };
        csv.push_str(&format!(
            "{i:03}/2024,{:02}.03.2024,Vendim,Vendim numër {i},Kuvendi i Komunës,\"{text}\"\n",
            1 + i % 28
        ));
    }
    super::util::write(&dir.path().join("burimi"), "regjistri.csv", csv);
    let archive = Archive::open_or_create(&dir.path().join("index")).unwrap();
    super::util::ingest_into(&archive, &dir.path().join("burimi"));
    (dir, archive)
}

fn close(i: usize) -> bool {
    i.is_multiple_of(4)
}

fn numbers(found: &SearchResponse) -> Vec<String> {
    found.hits.iter().filter_map(|h| h.number.clone()).collect()
}

#[test]
fn acts_with_the_words_together_rank_first() {
    // Fewer acts than the rescoring window: every one is ranked again.
    let (_dir, archive) = proximity_archive(80);
    let found = run(&archive, "ndricimi rruges", FacetFilter::default());
    assert_eq!(found.total, 80);
    let order: Vec<bool> = numbers(&found)
        .iter()
        .map(|n| close(n[..3].parse().unwrap()))
        .collect();
    assert_eq!(order.iter().filter(|&&c| c).count(), 20);
    assert!(
        order[..20].iter().all(|&c| c),
        "the 20 acts with the words together come first: {order:?}"
    );
}

#[test]
fn pages_through_a_reranked_list_give_every_act_once() {
    // More acts than the rescoring window, so pages fall on both sides of it.
    let (_dir, archive) = proximity_archive(260);
    let request = |offset: usize, limit: usize| SearchRequest {
        query: "ndricimi rruges".into(),
        offset,
        limit,
        ..Default::default()
    };
    let all = numbers(&search(&archive, &request(0, 260)).unwrap());
    assert_eq!(all.len(), 260);
    let mut paged = Vec::new();
    for offset in (0..260).step_by(15) {
        paged.extend(numbers(&search(&archive, &request(offset, 15)).unwrap()));
    }
    assert_eq!(paged, all, "15 to a page, the pages join into the one list");
    let mut distinct = all.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 260);
}
