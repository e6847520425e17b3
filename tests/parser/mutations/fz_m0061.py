a = f'{x}' 'plain'
b = 'plain' f'{x}'
c = f'a' f'b'
d = rf'\d{x}'
e = fr'{x}\n'
f = f'''multi
{line+}
'''
