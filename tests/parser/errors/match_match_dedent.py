if x:
    match y:
    case 1: pass
