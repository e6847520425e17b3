def t(s):
    try:
        exec(s, {})
        print(repr(s), 'OK')
    except BaseException as e:
        print(repr(s), '->', type(e).__name__ + ':', e)
t("class B:\n __slots__=('x',)\nB().x")
t("class B:\n __slots__=('x',)\nb=B(); del b.x")
t("class B:\n __slots__=('x',)\n x=1")
t("class B:\n __slots__=(1,)")
t("class B:\n __slots__='x'\nprint(B.x, B.__slots__)")
t("class B(tuple):\n __slots__=('x',)")
t("class B(int):\n __slots__=('x',)")
t("class B:\n __slots__=('x','__dict__')\nb=B(); b.y=1; b.x=2; print(b.__dict__, b.x)")
t("class B:\n __slots__=('x','x')")
t("class B:\n __slots__=('1x',)")
t("class B:\n __slots__=()\nB().__dict__")
t("class B:\n __slots__=()\nclass C(B): pass\nc=C(); c.z=1; print(c.__dict__)")
