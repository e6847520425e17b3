"""Guess the MIME type of a file from its name, and the extensions of a MIME type.

guess_type(url, strict=True) gives (type, encoding) for a file name or URL (data:
URLs included); guess_extension(type) and guess_all_extensions(type) go the other way;
add_type(type, ext) teaches it more. Taskscope's sandbox has no /etc/mime.types or
other files in `knownfiles`, so init() reads nothing: the answers come from CPython
3.11's built-in tables alone (a CPython on a machine with such a file also knows the
types it lists).
"""

import os
import posixpath

__all__ = ["knownfiles", "inited", "MimeTypes", "guess_type", "guess_all_extensions",
           "guess_extension", "add_type", "init", "read_mime_types", "suffix_map",
           "encodings_map", "types_map", "common_types"]

# Where CPython looks for more types (none of them exists in the sandbox).
knownfiles = ["/etc/mime.types", "/etc/httpd/mime.types", "/etc/httpd/conf/mime.types",
              "/etc/apache/mime.types", "/etc/apache2/mime.types",
              "/usr/local/etc/httpd/conf/mime.types", "/usr/local/lib/netscape/mime.types",
              "/usr/local/etc/httpd/conf/mime.types", "/usr/local/etc/mime.types"]

inited = False
_db = None

# CPython 3.11's built-in tables, one MIME type per line followed by its extensions,
# in CPython's order (which decides guess_extension's answer and the order of
# types_map). _STANDARD are the registered types, _COMMON the usual but unofficial
# ones that strict=False adds.
_STANDARD = """
application/javascript .js .mjs
application/json .json
application/manifest+json .webmanifest
application/msword .doc .dot .wiz
application/n-quads .nq
application/n-triples .nt
application/octet-stream .bin .a .dll .exe .o .obj .so
application/oda .oda
application/pdf .pdf
application/pkcs7-mime .p7c
application/postscript .ps .ai .eps
application/trig .trig
application/vnd.apple.mpegurl .m3u .m3u8
application/vnd.ms-excel .xls .xlb
application/vnd.ms-powerpoint .ppt .pot .ppa .pps .pwz
application/wasm .wasm
application/x-bcpio .bcpio
application/x-cpio .cpio
application/x-csh .csh
application/x-dvi .dvi
application/x-gtar .gtar
application/x-hdf .hdf
application/x-hdf5 .h5
application/x-latex .latex
application/x-mif .mif
application/x-netcdf .cdf .nc
application/x-pkcs12 .p12 .pfx
application/x-pn-realaudio .ram
application/x-python-code .pyc .pyo
application/x-sh .sh
application/x-shar .shar
application/x-shockwave-flash .swf
application/x-sv4cpio .sv4cpio
application/x-sv4crc .sv4crc
application/x-tar .tar
application/x-tcl .tcl
application/x-tex .tex
application/x-texinfo .texi .texinfo
application/x-troff .roff .t .tr
application/x-troff-man .man
application/x-troff-me .me
application/x-troff-ms .ms
application/x-ustar .ustar
application/x-wais-source .src
application/xml .xsl .rdf .wsdl .xpdl
application/zip .zip
audio/3gpp .3gp .3gpp
audio/3gpp2 .3g2 .3gpp2
audio/aac .aac .adts .loas .ass
audio/basic .au .snd
audio/mpeg .mp3 .mp2
audio/opus .opus
audio/x-aiff .aif .aifc .aiff
audio/x-pn-realaudio .ra
audio/x-wav .wav
image/avif .avif
image/bmp .bmp
image/gif .gif
image/ief .ief
image/jpeg .jpg .jpe .jpeg
image/heic .heic
image/heif .heif
image/png .png
image/svg+xml .svg
image/tiff .tiff .tif
image/vnd.microsoft.icon .ico
image/x-cmu-raster .ras
image/x-portable-anymap .pnm
image/x-portable-bitmap .pbm
image/x-portable-graymap .pgm
image/x-portable-pixmap .ppm
image/x-rgb .rgb
image/x-xbitmap .xbm
image/x-xpixmap .xpm
image/x-xwindowdump .xwd
message/rfc822 .eml .mht .mhtml .nws
text/css .css
text/csv .csv
text/html .html .htm
text/n3 .n3
text/plain .txt .bat .c .h .ksh .pl .srt
text/richtext .rtx
text/tab-separated-values .tsv
text/vtt .vtt
text/x-python .py
text/x-setext .etx
text/x-sgml .sgm .sgml
text/x-vcard .vcf
text/xml .xml
video/mp4 .mp4
video/mpeg .mpeg .m1v .mpa .mpe .mpg
video/quicktime .mov .qt
video/webm .webm
video/x-msvideo .avi
video/x-sgi-movie .movie
"""
_COMMON = """
application/rtf .rtf
audio/midi .midi .mid
image/jpg .jpg
image/pict .pict .pct .pic
image/webp .webp
text/xul .xul
"""


def _pairs(table):
    for line in table.split("\n"):
        if line:
            mime, *extensions = line.split()
            for extension in extensions:
                yield extension, mime


# Compression wrappers (the extension is case-sensitive) and shorthand suffixes.
_ENCODINGS = {".gz": "gzip", ".Z": "compress", ".bz2": "bzip2", ".xz": "xz", ".br": "br"}
_SUFFIXES = {".svgz": ".svg.gz", ".tgz": ".tar.gz", ".taz": ".tar.gz", ".tz": ".tar.gz",
             ".tbz2": ".tar.bz2", ".txz": ".tar.xz"}

# The defaults, and the module's tables until init() replaces them with its database's
# (as in CPython, changing these before init() changes what a new MimeTypes starts with).
_standard_default = dict(_pairs(_STANDARD))
_common_default = dict(_pairs(_COMMON))
suffix_map = _SUFFIXES
encodings_map = _ENCODINGS
types_map = _standard_default
common_types = _common_default


def _split_scheme(url):
    """(scheme in lower case, rest) of 'scheme:rest', the scheme being at least one
    character other than '/' and ':'; (None, url) when there is none."""
    colon = url.find(":")
    if colon > 0 and "/" not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


def _data_url_type(rest):
    """The media type of a data: URL's 'type;params,data' (None without the comma)."""
    comma = rest.find(",")
    if comma < 0:
        return None
    head = rest[:comma]
    mime = head.split(";", 1)[0]
    # A bare parameter ('charset=x') or a word without '/' is no type: the default.
    if "=" in mime or "/" not in mime:
        return "text/plain"
    return mime


class MimeTypes:
    """A database of MIME types and their extensions, starting from the built-in
    tables (and the files named in `filenames`)."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = dict(_ENCODINGS)
        self.suffix_map = dict(_SUFFIXES)
        # Indexed by `strict`: [False] the common unofficial types, [True] the standard.
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for extension, mime in _standard_default.items():
            self.add_type(mime, extension, True)
        for extension, mime in _common_default.items():
            self.add_type(mime, extension, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension `ext` to `type` (replacing what it mapped to) and add it to the
        type's extensions; in the standard table, or the common one if not strict."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) of a file name or URL: ('text/html', None) for 'a.html',
        ('application/x-tar', 'gzip') for 'a.tar.gz', None where unknown."""
        url = os.fspath(url)
        scheme, rest = _split_scheme(url)
        if scheme == "data":
            return _data_url_type(rest), None
        stem, extension = posixpath.splitext(rest)
        # Shorthands first ('.tgz' is '.tar.gz'), then a compression wrapper.
        while extension.lower() in self.suffix_map:
            stem, extension = posixpath.splitext(stem + self.suffix_map[extension.lower()])
        encoding = self.encodings_map.get(extension)
        if encoding is not None:
            stem, extension = posixpath.splitext(stem)
        extension = extension.lower()
        for table in ((True,) if strict else (True, False)):
            mime = self.types_map[table].get(extension)
            if mime is not None:
                return mime, encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """The extensions of MIME type `type`, the standard ones first."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, ()))
        if not strict:
            found += [ext for ext in self.types_map_inv[False].get(type, ()) if ext not in found]
        return found

    def guess_extension(self, type, strict=True):
        """The first of the type's extensions, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Adds the types a mime.types file lists."""
        with open(filename, encoding="utf-8") as file:
            self.readfp(file, strict)

    def readfp(self, fp, strict=True):
        """Adds the types of a mime.types text ('type ext ext ...' lines, '#' comments)."""
        for line in iter(fp.readline, ""):
            words = line.split()
            for index, word in enumerate(words):
                if word.startswith("#"):
                    del words[index:]
                    break
            if words:
                for extension in words[1:]:
                    self.add_type(words[0], "." + extension, strict)

    def read_windows_registry(self, strict=True):
        """Nothing to read: there is no Windows registry."""


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """(type, encoding) of a file name or URL, from the module's database."""
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """The extensions of a MIME type, from the module's database."""
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The first extension of a MIME type, or None."""
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Teaches the module's database a type for an extension."""
    return _database().add_type(type, ext, strict)


def init(files=None):
    """(Re)builds the module's database from the built-in tables and the files that
    exist among `knownfiles` and `files`; then the module's tables are its tables."""
    global inited, _db, suffix_map, encodings_map, types_map, common_types
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map, suffix_map = db.encodings_map, db.suffix_map
    types_map, common_types = db.types_map[True], db.types_map[False]
    _db = db


def read_mime_types(file):
    """The types a mime.types file lists ({extension: type}), None if it cannot be read."""
    try:
        opened = open(file, encoding="utf-8")
    except OSError:
        return None
    with opened:
        db = MimeTypes()
        db.readfp(opened, True)
        return db.types_map[True]
