class ConfigError(Exception):
    pass

def parse(value):
    try:
        return int(value)
    except ValueError as e:
        raise ConfigError(f"bad port {value!r}") from e

def load():
    try:
        parse("80x")
    except ConfigError as e:
        e.add_note("while loading settings.ini")
        e.add_note("section [server]")
        raise

try:
    load()
except ConfigError as e:
    print(e, e.__notes__, type(e.__cause__).__name__, e.__suppress_context__)

def handler():
    try:
        {}["missing"]
    except KeyError:
        print(undefined_name)

try:
    handler()
except NameError as e:
    print(repr(e), type(e.__context__).__name__)
import traceback
try:
    handler()
except NameError:
    traceback.print_exc()
err = ValueError("x")
try:
    err.add_note(42)
except TypeError as e:
    print("TypeError:", e)
load()
