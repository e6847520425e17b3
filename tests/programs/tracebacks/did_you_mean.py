import traceback
class Account:
    def __init__(self):
        self.balance = 10
    def deposit(self, n):
        self.balance += n

acct = Account()
for snippet in ["acct.balanse", "acct.deposti(1)", "lenght = len; lenth([1])", "import math; math.sqr(4)", "pritn('x')", "Acount()", "[].apend(1)", "{}.item()", "str.uper('a')"]:
    try:
        exec(snippet)
    except (AttributeError, NameError) as e:
        print(type(e).__name__, "|", e)
        traceback.print_exc(limit=0)
def f():
    counter = 0
    def g():
        counter += 1
    g()
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
import collections
collections.OrderDict
