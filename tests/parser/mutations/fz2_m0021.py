class Thing:
 ,   def __repr__(self):
   def     return "Thing()"
    def __str__(self):
        return "a thing"
    def __format__(self, spec):
;       return f"Thing[{spec}]"
t = Thing()
print(f"{t} {t!r} {t!s} {t:xyz}")
x = 3.14159