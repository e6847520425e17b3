from dataclasses import dataclass
@dataclass
class Product:
    sku: str
    name: str
    price: float
    stock: int
inventory = {p.sku: p for p in [
    Product("A1", "widget", 2.50, 10),
    Product("B2", "gadget", 12.00, 3),
    Product("C3", "doohickey", 0.75, 0),
]}
orders = [("A1", 4), ("B2", 5), ("C3", 1), ("A1", 6), ("Z9", 1)]
revenue = 0.0
for sku, qty in orders:
    product = inventory.get(sku)
    if product is None:
        print(f"{sku}: unknown product")
    elif product.stock < qty:
        print(f"{sku}: only {product.stock} {product.name}(s) left, wanted {qty}")
    else:
        product.stock -= qty
        revenue += qty * product.price
        print(f"{sku}: sold {qty} {product.name}(s)")
print(f"revenue {revenue:.2f}")
print([p for p in inventory.values() if p.stock == 0])
