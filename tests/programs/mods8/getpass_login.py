# A login prompt as a tutorial writes it, fed from a StringIO standing in for the
# keyboard; warnings are recorded so that their text is compared too.
import getpass
import io
import os
import sys
import warnings

for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
    os.environ.pop(name, None)
os.environ["USERNAME"] = "grace"
print("user:", getpass.getuser())
os.environ["USER"] = "ada"
print("user:", getpass.getuser())
sys.stdin = io.StringIO("hunter2\nsecond line\n")
shown = io.StringIO()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    password = getpass.getpass("Password for ada: ", stream=shown)
print("read:", repr(password), "left:", repr(sys.stdin.read()))
print("shown:", repr(shown.getvalue()))
print([(w.category.__name__, str(w.message)) for w in caught])
print(issubclass(getpass.GetPassWarning, UserWarning))
