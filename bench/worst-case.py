#!/usr/bin/env python3
"""Worst-case requests against the packaged service, launched as the README says (java @jvm.options
-jar): what each attack of the hardening issue (#24) costs in heap and resident memory, and whether
the process survives it. For each phase it prints the answers' statuses, the peak heap in use (jstat,
sampled every 100 ms), the peak resident size (/proc), the heap's limit, and whether the process is
still alive; after a death the process is started again for the next phase, so that every phase
is measured on every build.

  bench/worst-case.py                         the jar built here (target/quarkus-app)
  bench/worst-case.py /tmp/before/quarkus-run.jar   another build, for a side-by-side run

Needs the jar packaged (./mvnw -DskipTests package) and jstat (the JDK's). Runs from the
repository's root, with the shipped rules/; about 2 minutes.
"""
import concurrent.futures
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PORT = free_port()
BASE = f"http://127.0.0.1:{PORT}"


def state(company, role, candidate, interviewers, names):
    return {"asOf": "2026-11-24T09:00", "timezone": "Europe/Berlin", "company": company, "role": role,
            "candidateName": candidate,
            "interview": {"at": "2026-11-12T10:00",
                          "interviewers": [{"name": names + chr(ord("A") + i), "email": f"p{i}@acme.example"}
                                           for i in range(interviewers)]},
            "timeline": {"asked": True, "expectedBy": "2026-11-19"},
            "otherOpportunities": {"activeApplications": 4, "upcomingInterviews": 1}, "firstChoice": True}


LONGEST = state("公" * 200, "職" * 200, "名" * 200, 20, "面" * 199)
CJK_ITEM = {"state": state("公" * 200, "職" * 200, "名" * 200, 20, "Person ")}


def batch(n):
    return json.dumps({"items": [CJK_ITEM] * n}, ensure_ascii=False).encode()


def unknown_fields(n):
    return ("{\"items\":[]," + ",".join(f"\"k{i}\":0" for i in range(n)) + "}").encode()


def post(path, body, timeout=120):
    request = urllib.request.Request(BASE + path, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, len(answer.read())
    except urllib.error.HTTPError as e:
        return e.code, len(e.read())
    except Exception as e:  # the connection reset by a dying process, a timeout
        return type(e).__name__, 0


def never_read(body, count):
    """count connections that send a whole batch and never read the answer."""
    head = (f"POST /api/v1/next-action/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    sockets = []
    for _ in range(count):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        try:
            s.connect(("127.0.0.1", PORT))
            s.sendall(head + body)
        except OSError:  # the process has gone
            pass
        sockets.append(s)
    return sockets


class Sampler:
    """Peak heap in use (jstat: eden, survivors and old generation) and peak resident size while running."""

    def __init__(self, pid):
        self.pid, self.heap, self.rss, self.limit, self.stop = pid, 0.0, 0, 0.0, False
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self):
        stat = subprocess.Popen(["jstat", "-gc", str(self.pid), "100"], stdout=subprocess.PIPE, text=True)
        columns = None
        for line in stat.stdout:
            if self.stop:
                break
            fields = line.split()
            if fields and fields[0] == "S0C":
                columns = {name: i for i, name in enumerate(fields)}
                continue
            if columns and len(fields) == len(columns):
                get = lambda name: float(fields[columns[name]])
                self.heap = max(self.heap, (get("S0U") + get("S1U") + get("EU") + get("OU")) / 1024)
                self.limit = (get("S0C") + get("S1C") + get("EC") + get("OC")) / 1024
                try:
                    with open(f"/proc/{self.pid}/status") as status:
                        for row in status:
                            if row.startswith("VmRSS:"):
                                self.rss = max(self.rss, int(row.split()[1]) // 1024)
                except FileNotFoundError:
                    break
        stat.kill()

    def __enter__(self):
        self.thread.start()
        time.sleep(0.3)
        return self

    def __exit__(self, *args):
        time.sleep(0.3)
        self.stop = True


def concurrently(n, work):
    with concurrent.futures.ThreadPoolExecutor(n) as pool:
        return [f.result() for f in [pool.submit(work) for _ in range(n)]]


def statuses(results):
    counts = {}
    for status, _ in results:
        counts[status] = counts.get(status, 0) + 1
    return " ".join(f"{k}x{v}" for k, v in sorted(counts.items(), key=str))


LOG = open(os.path.join(ROOT, "target", "worst-case.log"), "w")


def start():
    server = subprocess.Popen(["java", "@jvm.options", f"-Dquarkus.http.port={PORT}", "-Dquarkus.http.host=127.0.0.1",
                               "-jar", JAR], cwd=ROOT, stdout=LOG, stderr=subprocess.STDOUT)
    deadline = time.time() + 90
    while post("/api/v1/next-action", json.dumps(LONGEST).encode(), 5)[0] != 200:
        if time.time() > deadline or server.poll() is not None:
            sys.exit("the service did not start; see target/worst-case.log")
        time.sleep(0.2)
    return server


def main():
    server = start()
    try:
        print(f"jar: {JAR}\nmachine: {os.cpu_count()} cores; jvm.options: "
              + " ".join(open(os.path.join(ROOT, "jvm.options")).read().split()))
        big = batch(1000)
        phases = [
            ("one 5 MB batch of 480,000 unknown fields", lambda: [post("/api/v1/next-action/batch", unknown_fields(480_000))]),
            ("8 of them at once", lambda: concurrently(8, lambda: post("/api/v1/next-action/batch", unknown_fields(480_000)))),
            ("64 states of the longest values at once",
             lambda: concurrently(64, lambda: post("/api/v1/next-action", json.dumps(LONGEST, ensure_ascii=False).encode()))),
            (f"one 1,000-item batch of 200-character CJK values ({len(big) / 1e6:.1f} MB)",
             lambda: [post("/api/v1/next-action/batch", big)]),
            ("4 of them at once", lambda: concurrently(4, lambda: post("/api/v1/next-action/batch", big))),
            ("32 batches of 300 such items at once", lambda: concurrently(32, lambda: post("/api/v1/next-action/batch", batch(300)))),
        ]
        print(f"\n{'phase':<62} {'answers':<22} {'heap peak':>10} {'heap max':>9} {'RSS peak':>9}  alive")
        for name, run in phases:
            if server.poll() is not None:
                server = start()
            with Sampler(server.pid) as sampled:
                results = run()
            alive = server.poll() is None
            print(f"{name:<62} {statuses(results):<22} {sampled.heap:>7.0f} MiB {sampled.limit:>5.0f} MiB "
                  f"{sampled.rss:>5} MiB  {'yes' if alive else 'NO: exited ' + str(server.returncode)}")
        if server.poll() is not None:
            server = start()
        body = batch(115)
        name = f"40 clients that send a {len(body) // 1000} KB batch and never read"
        with Sampler(server.pid) as sampled:
            held = never_read(body, 40)
            time.sleep(5)
            cheap = post("/api/v1/next-action", json.dumps(LONGEST).encode(), 30)
            for s in held:
                s.close()
        alive = server.poll() is None
        print(f"{name:<62} {'cheap request: ' + str(cheap[0]):<22} {sampled.heap:>7.0f} MiB {sampled.limit:>5.0f} MiB "
              f"{sampled.rss:>5} MiB  {'yes' if alive else 'NO: exited ' + str(server.returncode)}")
    finally:
        server.kill()
        server.wait()


if __name__ == "__main__":
    main()
