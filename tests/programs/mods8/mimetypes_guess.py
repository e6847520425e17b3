# Serving files: the Content-Type (and Content-Encoding) for a few names, as a small
# web server would pick them. The names are ones whose answer is the same with or
# without a system /etc/mime.types (which the oracle's CPython reads and the sandbox
# does not have).
import mimetypes

for name in ["index.html", "style.css", "movie.mp4", "data.json", "photo.JPG", "logo.png",
             "report.pdf", "archive.tar.gz", "backup.tgz", "notes.txt", "song.mp3",
             "README", "script.py", "https://example.com/docs/guide.html",
             "data:text/csv;base64,YSxi"]:
    mime, encoding = mimetypes.guess_type(name)
    print(f"{name:38} {mime or 'application/octet-stream':24} {encoding}")

print(mimetypes.guess_extension("image/png"), mimetypes.guess_extension("application/pdf"))
print(mimetypes.guess_extension("no/such-type"), mimetypes.guess_type("x.unknownext"))
