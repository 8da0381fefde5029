//! Operations (issue 10, part 7): the served `/metrics` in Prometheus text,
//! and the JSON access log of `arkiva serve --log-format json`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

use super::util::{ingest_into, write};
use arkiva::index::Archive;

/// A GET over a plain socket; the whole answer as text.
fn fetch(addr: &str, path: &str) -> String {
    let mut stream = TcpStream::connect(addr).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
    }
}

#[test]
fn metrics_count_routes_and_the_access_log_is_json() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    write(
        &data,
        "regjistri.csv",
        "Nr.,Data,Titulli\n1/2024,01.02.2024,Vendim për bursat\n",
    );
    let index = dir.path().join("index");
    ingest_into(&Archive::open_or_create(&index).unwrap(), &data);

    let child = Command::new(env!("CARGO_BIN_EXE_arkiva"))
        .args([
            "serve",
            "--index",
            index.to_str().unwrap(),
            "--addr",
            "127.0.0.1:0",
        ])
        .args(["--log-format", "json"])
        .env_remove("RUST_LOG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut server = Server(child);
    let mut first = String::new();
    BufReader::new(server.0.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let addr = first
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in {first:?}"))
        .to_owned();

    for path in [
        "/api/search?q=bursat",
        "/api/search?q=shkolla",
        "/acts/0000000000000000",
        "/nowhere/at/all",
    ] {
        assert!(fetch(&addr, path).starts_with("HTTP/1.1 "));
    }
    let metrics = fetch(&addr, "/metrics");
    assert!(metrics.starts_with("HTTP/1.1 200"), "{metrics}");
    assert!(metrics.contains("text/plain; version=0.0.4"), "{metrics}");
    for line in [
        "arkiva_http_requests_total{route=\"/api/search\",status=\"200\"} 2",
        "arkiva_http_requests_total{route=\"/acts/{id}\",status=\"404\"} 1",
        "arkiva_http_requests_total{route=\"unmatched\",status=\"404\"} 1",
        "arkiva_http_request_duration_seconds_count{route=\"/api/search\"} 2",
        "arkiva_acts 1",
        "arkiva_exports_streaming 0",
    ] {
        assert!(metrics.contains(line), "missing {line:?} in\n{metrics}");
    }
    let gauge = |name: &str| -> f64 {
        metrics
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{name} ")))
            .unwrap_or_else(|| panic!("no {name}"))
            .parse()
            .unwrap()
    };
    assert!(gauge("arkiva_index_bytes") > 0.0);
    assert!(
        gauge("arkiva_store_bytes") > 0.0,
        "the register is kept in the store"
    );
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    assert!((now - gauge("arkiva_last_ingest_timestamp_seconds")).abs() < 3600.0);

    let _ = server.0.kill();
    let mut log = String::new();
    server
        .0
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    let access: Vec<serde_json::Value> = log
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .filter(|v: &serde_json::Value| v["target"] == "arkiva::access")
        .collect();
    assert!(access.len() >= 5, "{log}");
    let search = &access[0];
    assert_eq!(search["route"], "/api/search");
    assert_eq!(
        search["path"], "/api/search",
        "the query string is not logged"
    );
    assert_eq!(search["status"], 200);
    assert!(search["ms"].as_f64().is_some());
    assert!(
        !log.contains("bursat"),
        "what was searched stays out of the log"
    );
}
