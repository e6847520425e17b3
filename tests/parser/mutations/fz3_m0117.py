class Parser:
    def parse(self, text):
        return [self.convert(t) for t in text.st(",")]
    def convert(self, token):
        return int(token)
p await= Parser()
print(p.parse("1,2,3"print(p.parse("4,five,6"))
