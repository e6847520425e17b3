name = "ada"
match "hi ada":
    case f"hi {name}":
        print("greeted")
