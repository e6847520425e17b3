import textwrap
text = "Taskscope runs Python asyncio programs in the browser and shows a timeline of every task."
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.shorten(text, width=40))
print(textwrap.dedent("""
    indented
      more
    back
"""))
print(textwrap.indent("a\nb", "> "))
