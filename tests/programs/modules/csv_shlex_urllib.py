# csv over io.StringIO, shlex splitting and quoting, urllib.parse on strings.
import csv
import io
import shlex
from urllib.parse import parse_qs, quote, unquote, urlencode, urljoin, urlparse

buf = io.StringIO()
writer = csv.writer(buf)
writer.writerow(["name", "score", "note"])
writer.writerows([["Ann", 91, 'said "hi", then left'], ["Bob", 7.5, ""], ["Cy", None, "multi\nline"]])
print(repr(buf.getvalue()))
buf.seek(0)
for row in csv.reader(buf):
    print(row)
buf.seek(0)
for record in csv.DictReader(buf):
    print(record)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "task"], lineterminator="\n")
dw.writeheader()
dw.writerow({"id": 1, "task": "fetch"})
dw.writerow({"id": 2})
print(out.getvalue(), end="")
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))

print(shlex.split('python3 -m http.server --bind "127.0.0.1" 8000 # serve'))
print(shlex.split("echo it\\'s 'single quoted' \"double $HOME\"", comments=True))
print(shlex.quote("file name.txt"), shlex.quote("safe-name"), shlex.join(["ls", "-l", "my dir"]))

u = urlparse("https://user@api.example.com:8443/v1/items;v=2?q=async+io&page=2#top")
print(u)
print(u.scheme, u.hostname, u.port, u.username, u.path, u.params, parse_qs(u.query))
print(urlencode({"q": "asyncio tasks", "tags": ["a", "b"]}, doseq=True))
print(quote("naïve café/☕"), unquote("caf%C3%A9%20ok"), urljoin("https://x.org/docs/a/b", "../c"))
