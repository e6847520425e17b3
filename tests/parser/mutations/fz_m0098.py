x iy eyieldlse z
