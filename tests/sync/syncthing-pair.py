#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Two real Syncthing instances on 127.0.0.1 share a folder holding a Twofold vault; Twofold's command line
runs on each side. Both sides edit while the link is paused (new accounts, HOTP codes used, a deletion),
then the link is resumed: both sides must end with every account, the highest counter, the deletion kept
and no conflict copy left beside the vault. Prints a transcript with timings. Exit 77 without syncthing."""

import argparse
import copy
import glob
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import xml.etree.ElementTree as ET

START = time.monotonic()
FOLDER_ID = "twofold"


def log(message):
    print(f"[{time.monotonic() - START:6.2f} s] {message}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Side:
    def __init__(self, name, root, args):
        self.name = name
        self.home = os.path.join(root, name, "syncthing")
        self.folder = os.path.join(root, name, "sync")
        self.vault = os.path.join(self.folder, "vault.twofold")
        self.password = os.path.join(root, "password")
        self.args = args
        self.listen = free_port()
        self.gui = free_port()
        self.key = f"twofold-test-{name}"
        self.process = None
        # Each side is its own computer: its own Twofold state (rollback records) and no keyring.
        self.env = dict(os.environ, HOME=os.path.join(root, name, "home"),
                        XDG_STATE_HOME=os.path.join(root, name, "state"),
                        XDG_DATA_HOME=os.path.join(root, name, "data"),
                        XDG_CONFIG_HOME=os.path.join(root, name, "config"),
                        STNOUPGRADE="1", STNODEFAULTFOLDER="1")
        for path in (self.home, self.folder, os.path.join(self.folder, ".stfolder"), self.env["HOME"]):
            os.makedirs(path, exist_ok=True)

    def generate(self):
        out = subprocess.run(["syncthing", "generate", f"--home={self.home}"], env=self.env,
                             capture_output=True, text=True, check=True)
        self.id = re.search(r"[A-Z0-9]{7}(?:-[A-Z0-9]{7}){7}", out.stdout + out.stderr).group(0)

    def configure(self, other):
        path = os.path.join(self.home, "config.xml")
        tree = ET.parse(path)
        root = tree.getroot()
        for element in root.findall("folder") + root.findall("device"):
            root.remove(element)
        # The folder starts from Syncthing's own defaults (a missing element would mean 0, and
        # maxConflicts 0 throws the losing side away instead of keeping a conflict copy).
        folder = copy.deepcopy(root.find("defaults/folder"))
        for device in folder.findall("device"):
            folder.remove(device)
        folder.attrib.update(id=FOLDER_ID, label=FOLDER_ID, path=self.folder, type="sendreceive",
                             rescanIntervalS="60", fsWatcherEnabled="true", fsWatcherDelayS="1")
        folder.find("maxConflicts").text = "10"
        for side in (self, other):
            ET.SubElement(folder, "device", id=side.id)
        root.insert(0, folder)
        for side in (self, other):
            device = ET.SubElement(root, "device", id=side.id, name=side.name, compression="metadata")
            ET.SubElement(device, "address").text = f"tcp://127.0.0.1:{side.listen}"
        gui = root.find("gui")
        gui.set("enabled", "true")
        gui.set("tls", "false")
        gui.find("address").text = f"127.0.0.1:{self.gui}"
        (gui.find("apikey") if gui.find("apikey") is not None else ET.SubElement(gui, "apikey")).text = self.key
        options = root.find("options")
        for tag, value in {"listenAddress": f"tcp://127.0.0.1:{self.listen}", "globalAnnounceEnabled": "false",
                           "localAnnounceEnabled": "false", "relaysEnabled": "false", "natEnabled": "false",
                           "urAccepted": "-1", "autoUpgradeIntervalH": "0", "startBrowser": "false",
                           "crashReportingEnabled": "false"}.items():
            for old in options.findall(tag):
                options.remove(old)
            ET.SubElement(options, tag).text = value
        tree.write(path)

    def start(self):
        self.logfile = open(os.path.join(self.home, "syncthing.log"), "w")
        self.process = subprocess.Popen(["syncthing", "serve", f"--home={self.home}", "--no-browser",
                                         "--no-restart", "--no-upgrade"], env=self.env,
                                        stdout=self.logfile, stderr=subprocess.STDOUT)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def rest(self, method, path):
        request = urllib.request.Request(f"http://127.0.0.1:{self.gui}{path}", method=method,
                                         headers={"X-API-Key": self.key})
        with urllib.request.urlopen(request, timeout=5) as response:
            body = response.read()
            return json.loads(body) if body else None

    def twofold(self, *arguments):
        began = time.monotonic()
        result = subprocess.run([self.args.twofold, *arguments, "--vault", self.vault, "--password-file",
                                 self.password], env=self.env, capture_output=True, text=True)
        took = time.monotonic() - began
        log(f"{self.name}: twofold {' '.join(arguments)} -> exit {result.returncode} ({took:.2f} s)")
        for line in result.stderr.splitlines():
            log(f"{self.name}:   stderr: {line}")
        if result.returncode != 0:
            raise SystemExit(f"{self.name}: twofold {arguments[0]} failed")
        return result.stdout

    def edit(self, *arguments):
        result = subprocess.run([self.args.edit, self.vault, self.password, *arguments], env=self.env,
                                capture_output=True, text=True)
        log(f"{self.name}: sync_edit {' '.join(arguments)} -> exit {result.returncode}")
        if result.returncode != 0:
            raise SystemExit(f"{self.name}: sync_edit failed")
        return result.stdout

    def accounts(self):
        return sorted(a["issuer"] for a in json.loads(self.twofold("list", "--json"))["accounts"])

    def counters(self):
        return dict(line.split("\t") for line in self.edit("counters").splitlines())

    def conflict_copies(self):
        return sorted(os.path.basename(p) for p in glob.glob(os.path.join(self.folder, "*sync-conflict*")))

    def digest(self):
        try:
            with open(self.vault, "rb") as f:
                return hashlib.sha256(f.read()).hexdigest()
        except FileNotFoundError:
            return None


def wait(what, condition, timeout=30):
    began = time.monotonic()
    while time.monotonic() - began < timeout:
        try:
            if condition():
                log(f"{what} ({time.monotonic() - began:.2f} s)")
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"timed out: {what}")


def connected(a, b):
    return a.rest("GET", "/rest/system/connections")["connections"].get(b.id, {}).get("connected", False)


def in_sync(a, b):
    """Both folders scanned, nothing left to pull, and the same files on both sides."""
    for side, other in ((a, b), (b, a)):
        status = side.rest("GET", f"/rest/db/status?folder={FOLDER_ID}")
        if status["state"] != "idle" or status["needTotalItems"] != 0:
            return False
        if side.rest("GET", f"/rest/db/completion?folder={FOLDER_ID}&device={other.id}")["completion"] < 100:
            return False
    names = lambda side: sorted(os.path.relpath(p, side.folder) for p in glob.glob(side.folder + "/**", recursive=True))
    return names(a) == names(b) and a.digest() == b.digest()


def settle(a, b):
    # The watcher waits fsWatcherDelayS before scanning: give it that long to notice a fresh change.
    time.sleep(1.2)
    wait("link idle, both folders the same", lambda: in_sync(a, b))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--twofold", required=True)
    parser.add_argument("--edit", required=True)
    args = parser.parse_args()
    if not shutil.which("syncthing"):
        print("syncthing is not installed; skipped")
        return 77

    root = tempfile.mkdtemp(prefix="twofold-syncthing-")
    a, b = Side("laptop", root, args), Side("desktop", root, args)
    with open(a.password, "w") as f:
        f.write("correct horse battery\n")
    try:
        for side in (a, b):
            side.generate()
        a.configure(b)
        b.configure(a)
        log(f"devices {a.id[:7]} (laptop) and {b.id[:7]} (desktop), folder shared, no relays/discovery/NAT")
        for side in (a, b):
            side.start()
        wait("both instances connected on 127.0.0.1", lambda: connected(a, b) and connected(b, a))

        a.twofold("init")
        a.twofold("add", "otpauth://totp/Shared:me?secret=JBSWY3DPEHPK3PXP")
        a.twofold("add", "otpauth://hotp/Counter:me?secret=GEZDGNBVGY3TQOJQ&counter=0")
        a.twofold("add", "otpauth://totp/Doomed:me?secret=MFRGGZDFMZTWQ2LK")
        settle(a, b)
        if b.accounts() != ["Counter", "Doomed", "Shared"]:
            raise SystemExit("desktop did not receive the vault")

        for side, other in ((a, b), (b, a)):
            side.rest("POST", f"/rest/system/pause?device={other.id}")
        wait("link paused", lambda: not connected(a, b) and not connected(b, a))

        a.twofold("add", "otpauth://totp/OnlyLaptop:me?secret=ONSWG4TFORRW6ZDF")
        for _ in range(2):
            a.twofold("show", "Counter")
        a.edit("remove", "Doomed")
        b.twofold("add", "otpauth://totp/OnlyDesktop:me?secret=NBSWY3DPO5XXE3DE")
        for _ in range(5):
            b.twofold("show", "Counter")
        log(f"laptop counters {a.counters()}, desktop counters {b.counters()}")

        resumed = time.monotonic()
        for side, other in ((a, b), (b, a)):
            side.rest("POST", f"/rest/system/resume?device={other.id}")
        wait("link resumed", lambda: connected(a, b) and connected(b, a))
        settle(a, b)
        log(f"after the sync: conflict copies laptop {a.conflict_copies()}, desktop {b.conflict_copies()}")

        expected = ["Counter", "OnlyDesktop", "OnlyLaptop", "Shared"]
        for round in range(1, 4):
            # Each side opens its vault in turn (as the user would); the link settles in between, so the
            # two never save at the same moment.
            lists = []
            for side in (a, b):
                lists.append(side.accounts())
                settle(a, b)
            copies = a.conflict_copies() + b.conflict_copies()
            log(f"round {round}: laptop {lists[0]}, desktop {lists[1]}, conflict copies left {copies}")
            if lists[0] == lists[1] == expected and not copies:
                break
        else:
            raise SystemExit("the two sides did not converge")

        counters = (a.counters(), b.counters())
        log(f"counters: laptop {counters[0]}, desktop {counters[1]}")
        if counters[0] != counters[1] or int(counters[0]["Counter"]) != 5:
            raise SystemExit("a HOTP counter went back")
        archived = sorted(os.path.basename(p) for p in glob.glob(os.path.join(a.folder, "backups", "*sync-conflict*")))
        log(f"conflict copies kept in backups/: {archived}")
        if not archived:
            raise SystemExit("no conflict copy was archived: the test did not exercise a conflict")
        log(f"converged {time.monotonic() - resumed:.2f} s after resuming; total {time.monotonic() - START:.2f} s")
        return 0
    finally:
        for side in (a, b):
            side.stop()
        if os.environ.get("TWOFOLD_KEEP"):
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
