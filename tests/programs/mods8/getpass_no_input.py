# getpass() when the input has ended: EOFError, after the prompt went to stderr.
import getpass
import warnings

warnings.simplefilter("ignore", getpass.GetPassWarning)
try:
    getpass.getpass()
except EOFError as e:
    print("EOFError", repr(str(e)))
