x=1+2*3-4/5
y=a<b>c
z=a==b!
w=not a
v=a.b.c
