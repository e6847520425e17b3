"""Raw deflate (RFC 1951) in Python for gzip: inflate, and a compressor whose output
is byte for byte what zlib 1.2.13 (CPython's) makes for a whole input at once with
the default window (15 bits), memory level (8) and strategy.

To give zlib's bytes the compressor follows zlib's choices exactly: the same hash
chains over a 64 KiB window that slides by 32 KiB (positions that fall off become
"no match", and the position 0 is never matched), the same lazy or greedy matching
per level, the same block boundaries (16383 symbols), the same Huffman trees (heap
order with depth as tie-break, lengths limited to 15 bits as zlib rebalances them)
and the same choice between stored, fixed and dynamic blocks."""

__all__ = ["compress", "decompress", "DeflateError"]


class DeflateError(Exception):
    """Invalid compressed data."""


# ---- tables --------------------------------------------------------------------------

_LENGTH_CODES = 29
_LITERALS = 256
_L_CODES = _LITERALS + 1 + _LENGTH_CODES       # 286
_D_CODES = 30
_BL_CODES = 19
_HEAP_SIZE = 2 * _L_CODES + 1
_MAX_BITS = 15
_MAX_BL_BITS = 7
_END_BLOCK = 256
_REP_3_6, _REPZ_3_10, _REPZ_11_138 = 16, 17, 18

_EXTRA_LBITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
                5, 5, 5, 5, 0]
_EXTRA_DBITS = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
                11, 11, 12, 12, 13, 13]
_EXTRA_BLBITS = [0] * 16 + [2, 3, 7]
_BL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]


def _reverse_bits(code, length):
    result = 0
    for _ in range(length):
        result = (result << 1) | (code & 1)
        code >>= 1
    return result


def _assign_codes(lengths, max_code, bl_count):
    """Canonical Huffman codes (bit-reversed, as they are sent) for lengths."""
    next_code = [0] * (_MAX_BITS + 1)
    code = 0
    for bits in range(1, _MAX_BITS + 1):
        code = (code + bl_count[bits - 1]) << 1
        next_code[bits] = code
    codes = [0] * len(lengths)
    for n in range(max_code + 1):
        length = lengths[n]
        if length:
            codes[n] = _reverse_bits(next_code[length], length)
            next_code[length] += 1
    return codes


def _static_tables():
    length_code = [0] * 256
    base_length = [0] * _LENGTH_CODES
    length = 0
    for code in range(_LENGTH_CODES - 1):
        base_length[code] = length
        for _ in range(1 << _EXTRA_LBITS[code]):
            length_code[length] = code
            length += 1
    length_code[255] = _LENGTH_CODES - 1
    dist_code = [0] * 512
    base_dist = [0] * _D_CODES
    dist = 0
    for code in range(16):
        base_dist[code] = dist
        for _ in range(1 << _EXTRA_DBITS[code]):
            dist_code[dist] = code
            dist += 1
    dist >>= 7
    for code in range(16, _D_CODES):
        base_dist[code] = dist << 7
        for _ in range(1 << (_EXTRA_DBITS[code] - 7)):
            dist_code[256 + dist] = code
            dist += 1
    lens = [8] * 144 + [9] * 112 + [7] * 24 + [8] * 8
    counts = [0] * (_MAX_BITS + 1)
    for n in lens:
        counts[n] += 1
    static_lcodes = _assign_codes(lens, _L_CODES + 1, counts)
    static_dlens = [5] * _D_CODES
    static_dcodes = [_reverse_bits(n, 5) for n in range(_D_CODES)]
    return (length_code, base_length, dist_code, base_dist, lens, static_lcodes,
            static_dlens, static_dcodes)


(_LENGTH_CODE, _BASE_LENGTH, _DIST_CODE, _BASE_DIST, _STATIC_LLENS, _STATIC_LCODES,
 _STATIC_DLENS, _STATIC_DCODES) = _static_tables()


def _d_code(dist):
    return _DIST_CODE[dist] if dist < 256 else _DIST_CODE[256 + (dist >> 7)]


# ---- compression ---------------------------------------------------------------------

# Per level: (good length, max lazy, nice length, max chain, lazy matching?)
_CONFIG = [None,
           (4, 4, 8, 4, False), (4, 5, 16, 8, False), (4, 6, 32, 32, False),
           (4, 4, 16, 16, True), (8, 16, 32, 32, True), (8, 16, 128, 128, True),
           (8, 32, 128, 256, True), (32, 128, 258, 1024, True), (32, 258, 258, 4096, True)]

_MIN_MATCH = 3
_MAX_MATCH = 258
_MIN_LOOKAHEAD = _MAX_MATCH + _MIN_MATCH + 1
_TOO_FAR = 4096
_MAX_STORED = 65535

# Flush modes and strategies (zlib's values).
Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK = range(6)
Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED = 1, 2, 3, 4
# What one call of deflate() ended with (zlib's block states).
NEED_MORE, BLOCK_DONE, FINISH_STARTED, FINISH_DONE = range(4)


class _Tree:
    """A Huffman tree being built: frequencies, then lengths and codes."""

    def __init__(self, elems, static_lens, extra, extra_base, max_length):
        self.elems = elems
        self.freq = [0] * (2 * elems + 1)
        self.len = [0] * (2 * elems + 1)
        self.dad = [0] * (2 * elems + 1)
        self.code = [0] * (2 * elems + 1)
        self.static_lens = static_lens
        self.extra = extra
        self.extra_base = extra_base
        self.max_length = max_length
        self.max_code = 0


class _Deflater:
    """zlib's deflate state for one stream: feed it input with deflate(data, flush);
    what it has written so far is `out` (a whole number of bytes at every return)."""

    def __init__(self, level, wbits=15, mem_level=8, strategy=0):
        if level == -1:
            level = 6
        self.level = level
        self.strategy = strategy
        if level:
            self.good, self.max_lazy, self.nice, self.max_chain, self.lazy = _CONFIG[level]
        # zlib's sizes: a window of 2**wbits (9 for 8), hash chains of 2**(mem_level+7)
        # heads, blocks of 2**(mem_level+6)-1 symbols.
        self.w_size = 1 << max(wbits, 9)
        self.w_mask = self.w_size - 1
        self.window_size = 2 * self.w_size
        hash_bits = mem_level + 7
        self.hash_mask = (1 << hash_bits) - 1
        self.hash_shift = (hash_bits + _MIN_MATCH - 1) // _MIN_MATCH
        self.max_dist = self.w_size - _MIN_LOOKAHEAD
        self.sym_end = (1 << (mem_level + 6)) - 1
        self.pending_buf_size = 4 << (mem_level + 6)
        self.data = b""
        self.next_in = 0
        # The room left in the caller's output buffer (None: unlimited) and the bytes
        # of out that did not fit yet; only level 0 makes choices by them.
        self.avail_out = None
        self.pending = 0
        self.window = bytearray(self.window_size)
        self.head = [0] * (1 << hash_bits)
        self.prev = [0] * self.w_size
        self.ins_h = 0
        self.strstart = 0
        self.block_start = 0
        self.lookahead = 0
        self.insert = 0
        self.match_length = self.prev_length = _MIN_MATCH - 1
        self.match_available = False
        self.match_start = 0
        self.prev_match = 0
        self.high_water = 0
        self.out = bytearray()
        self.bi_buf = 0
        self.bi_valid = 0
        self.ltree = _Tree(_L_CODES, _STATIC_LLENS, _EXTRA_LBITS, _LITERALS + 1, _MAX_BITS)
        self.dtree = _Tree(_D_CODES, _STATIC_DLENS, _EXTRA_DBITS, 0, _MAX_BITS)
        self.bltree = _Tree(_BL_CODES, None, _EXTRA_BLBITS, 0, _MAX_BL_BITS)
        self._init_block()

    # -- bits --

    def send_bits(self, value, length):
        self.bi_buf |= value << self.bi_valid
        self.bi_valid += length
        while self.bi_valid >= 16:
            self.out.append(self.bi_buf & 0xFF)
            self.out.append((self.bi_buf >> 8) & 0xFF)
            self.bi_buf >>= 16
            self.bi_valid -= 16

    def windup(self):
        if self.bi_valid > 8:
            self.out.append(self.bi_buf & 0xFF)
            self.out.append((self.bi_buf >> 8) & 0xFF)
        elif self.bi_valid > 0:
            self.out.append(self.bi_buf & 0xFF)
        self.bi_buf = 0
        self.bi_valid = 0

    # -- the window --

    def fill_window(self):
        window = self.window
        while True:
            more = self.window_size - self.lookahead - self.strstart
            if self.strstart >= self.w_size + self.max_dist:
                window[:self.w_size - more] = window[self.w_size:self.w_size + self.w_size - more]
                self.match_start -= self.w_size
                self.strstart -= self.w_size
                self.block_start -= self.w_size
                if self.insert > self.strstart:
                    self.insert = self.strstart
                self.head = [m - self.w_size if m >= self.w_size else 0 for m in self.head]
                self.prev = [m - self.w_size if m >= self.w_size else 0 for m in self.prev]
                more += self.w_size
            available = len(self.data) - self.next_in
            if available == 0:
                break
            n = min(available, more)
            at = self.strstart + self.lookahead
            window[at:at + n] = self.data[self.next_in:self.next_in + n]
            self.next_in += n
            self.lookahead += n
            if self.lookahead + self.insert >= _MIN_MATCH:
                s = self.strstart - self.insert
                h = window[s]
                h = ((h << self.hash_shift) ^ window[s + 1]) & self.hash_mask
                while self.insert:
                    h = ((h << self.hash_shift) ^ window[s + _MIN_MATCH - 1]) & self.hash_mask
                    self.prev[s & self.w_mask] = self.head[h]
                    self.head[h] = s
                    s += 1
                    self.insert -= 1
                    if self.lookahead + self.insert < _MIN_MATCH:
                        break
                self.ins_h = h
            if not (self.lookahead < _MIN_LOOKAHEAD and self.next_in < len(self.data)):
                break
        # zlib zeroes up to 258 bytes past the data, which match comparisons may read.
        if self.high_water < self.window_size:
            curr = self.strstart + self.lookahead
            if self.high_water < curr:
                init = min(self.window_size - curr, _MAX_MATCH)
                window[curr:curr + init] = bytes(init)
                self.high_water = curr + init
            elif self.high_water < curr + _MAX_MATCH:
                init = min(curr + _MAX_MATCH - self.high_water, self.window_size - self.high_water)
                window[self.high_water:self.high_water + init] = bytes(init)
                self.high_water += init

    def insert_string(self, pos):
        """Adds the string at pos to its hash chain; returns the previous head."""
        self.ins_h = ((self.ins_h << self.hash_shift) ^ self.window[pos + _MIN_MATCH - 1]) & self.hash_mask
        head = self.head[self.ins_h]
        self.prev[pos & self.w_mask] = head
        self.head[self.ins_h] = pos
        return head

    def longest_match(self, cur_match):
        window = self.window
        prev = self.prev
        chain = self.max_chain
        scan = self.strstart
        best_len = self.prev_length
        nice = self.nice
        limit = self.strstart - self.max_dist if self.strstart > self.max_dist else 0
        strend = scan + _MAX_MATCH
        scan_end1 = window[scan + best_len - 1]
        scan_end = window[scan + best_len]
        if self.prev_length >= self.good:
            chain >>= 2
        if nice > self.lookahead:
            nice = self.lookahead
        while True:
            m = cur_match
            if not (window[m + best_len] != scan_end or window[m + best_len - 1] != scan_end1
                    or window[m] != window[scan] or window[m + 1] != window[scan + 1]):
                # Bytes 0 and 1 match; zlib takes byte 2 as matching (equal hashes)
                # and compares from byte 3 on.
                s = scan + 3
                t = m + 3
                while s < strend and window[s] == window[t]:
                    s += 1
                    t += 1
                length = s - scan
                if length > best_len:
                    self.match_start = cur_match
                    best_len = length
                    if length >= nice:
                        break
                    scan_end1 = window[scan + best_len - 1]
                    scan_end = window[scan + best_len]
            cur_match = prev[cur_match & self.w_mask]
            if cur_match <= limit:
                break
            chain -= 1
            if chain == 0:
                break
        return best_len if best_len <= self.lookahead else self.lookahead

    # -- symbols and blocks --

    def _init_block(self):
        for tree in (self.ltree, self.dtree, self.bltree):
            for n in range(tree.elems):
                tree.freq[n] = 0
        self.ltree.freq[_END_BLOCK] = 1
        self.opt_len = self.static_len = 0
        self.symbols = []

    def tally_literal(self, byte):
        self.symbols.append((0, byte))
        self.ltree.freq[byte] += 1
        return len(self.symbols) == self.sym_end

    def tally_match(self, dist, length_minus_3):
        self.symbols.append((dist, length_minus_3))
        self.ltree.freq[_LENGTH_CODE[length_minus_3] + _LITERALS + 1] += 1
        self.dtree.freq[_d_code(dist - 1)] += 1
        return len(self.symbols) == self.sym_end

    def flush_block(self, last):
        stored = self.window[self.block_start:self.strstart] if self.block_start >= 0 else None
        self._flush(stored, self.strstart - self.block_start, last)
        self.block_start = self.strstart

    def _flush(self, stored, stored_len, last):
        self._build_tree(self.ltree)
        self._build_tree(self.dtree)
        max_blindex = self._build_bl_tree()
        opt_lenb = (self.opt_len + 3 + 7) >> 3
        static_lenb = (self.static_len + 3 + 7) >> 3
        if static_lenb <= opt_lenb or self.strategy == Z_FIXED:
            opt_lenb = static_lenb
        if stored_len + 4 <= opt_lenb and stored is not None:
            self.send_bits(last, 3)
            self.windup()
            self.out += bytes((stored_len & 0xFF, (stored_len >> 8) & 0xFF,
                               ~stored_len & 0xFF, (~stored_len >> 8) & 0xFF))
            self.out += stored
        elif self.strategy == Z_FIXED or static_lenb == opt_lenb:
            self.send_bits((1 << 1) + last, 3)
            self._compress_block(_STATIC_LCODES, _STATIC_LLENS, _STATIC_DCODES, _STATIC_DLENS)
        else:
            self.send_bits((2 << 1) + last, 3)
            self._send_all_trees(self.ltree.max_code + 1, self.dtree.max_code + 1,
                                 max_blindex + 1)
            self._compress_block(self.ltree.code, self.ltree.len, self.dtree.code, self.dtree.len)
        self._init_block()
        if last:
            self.windup()

    def _compress_block(self, lcodes, llens, dcodes, dlens):
        send = self.send_bits
        for dist, lc in self.symbols:
            if dist == 0:
                send(lcodes[lc], llens[lc])
            else:
                code = _LENGTH_CODE[lc]
                send(lcodes[code + _LITERALS + 1], llens[code + _LITERALS + 1])
                extra = _EXTRA_LBITS[code]
                if extra:
                    send(lc - _BASE_LENGTH[code], extra)
                dist -= 1
                code = _d_code(dist)
                send(dcodes[code], dlens[code])
                extra = _EXTRA_DBITS[code]
                if extra:
                    send(dist - _BASE_DIST[code], extra)
        send(lcodes[_END_BLOCK], llens[_END_BLOCK])

    # -- Huffman trees --

    def _build_tree(self, tree):
        freq, lens, dad = tree.freq, tree.len, tree.dad
        heap = [0] * (_HEAP_SIZE + 1)
        depth = {}
        heap_len = 0
        heap_max = _HEAP_SIZE
        max_code = -1
        for n in range(tree.elems):
            if freq[n] != 0:
                heap_len += 1
                heap[heap_len] = max_code = n
                depth[n] = 0
            else:
                lens[n] = 0
        # At least two codes, so that every used symbol gets a length.
        while heap_len < 2:
            if max_code < 2:
                max_code += 1
                node = max_code
            else:
                node = 0
            heap_len += 1
            heap[heap_len] = node
            freq[node] = 1
            depth[node] = 0
            self.opt_len -= 1
            if tree.static_lens is not None:
                self.static_len -= tree.static_lens[node]
        tree.max_code = max_code

        def smaller(n, m):
            return freq[n] < freq[m] or (freq[n] == freq[m] and depth[n] <= depth[m])

        def downheap(k, heap_len):
            v = heap[k]
            j = k << 1
            while j <= heap_len:
                if j < heap_len and smaller(heap[j + 1], heap[j]):
                    j += 1
                if smaller(v, heap[j]):
                    break
                heap[k] = heap[j]
                k = j
                j <<= 1
            heap[k] = v

        for n in range(heap_len // 2, 0, -1):
            downheap(n, heap_len)
        node = tree.elems
        while True:
            n = heap[1]
            heap[1] = heap[heap_len]
            heap_len -= 1
            downheap(1, heap_len)
            m = heap[1]
            heap_max -= 1
            heap[heap_max] = n
            heap_max -= 1
            heap[heap_max] = m
            freq[node] = freq[n] + freq[m]
            depth[node] = max(depth[n], depth[m]) + 1
            dad[n] = dad[m] = node
            heap[1] = node
            node += 1
            downheap(1, heap_len)
            if heap_len < 2:
                break
        heap_max -= 1
        heap[heap_max] = heap[1]
        self._gen_bitlen(tree, heap, heap_max)
        tree.code = _assign_codes(lens, max_code, self.bl_count)

    def _gen_bitlen(self, tree, heap, heap_max):
        freq, lens, dad = tree.freq, tree.len, tree.dad
        max_code = tree.max_code
        stree = tree.static_lens
        bl_count = [0] * (_MAX_BITS + 1)
        overflow = 0
        lens[heap[heap_max]] = 0
        h = heap_max + 1
        while h < _HEAP_SIZE:
            n = heap[h]
            bits = lens[dad[n]] + 1
            if bits > tree.max_length:
                bits = tree.max_length
                overflow += 1
            lens[n] = bits
            h += 1
            if n > max_code:
                continue
            bl_count[bits] += 1
            xbits = tree.extra[n - tree.extra_base] if n >= tree.extra_base else 0
            f = freq[n]
            self.opt_len += f * (bits + xbits)
            if stree is not None:
                self.static_len += f * (stree[n] + xbits)
        if overflow:
            max_length = tree.max_length
            while True:
                bits = max_length - 1
                while bl_count[bits] == 0:
                    bits -= 1
                bl_count[bits] -= 1
                bl_count[bits + 1] += 2
                bl_count[max_length] -= 1
                overflow -= 2
                if overflow <= 0:
                    break
            h = _HEAP_SIZE
            for bits in range(max_length, 0, -1):
                n = bl_count[bits]
                while n != 0:
                    h -= 1
                    m = heap[h]
                    if m > max_code:
                        continue
                    if lens[m] != bits:
                        self.opt_len += (bits - lens[m]) * freq[m]
                        lens[m] = bits
                    n -= 1
        self.bl_count = bl_count

    def _scan_tree(self, tree, max_code):
        lens = tree.len
        bl = self.bltree.freq
        prevlen = -1
        nextlen = lens[0]
        count = 0
        max_count, min_count = (138, 3) if nextlen == 0 else (7, 4)
        lens[max_code + 1] = 0xFFFF
        for n in range(max_code + 1):
            curlen = nextlen
            nextlen = lens[n + 1]
            count += 1
            if count < max_count and curlen == nextlen:
                continue
            if count < min_count:
                bl[curlen] += count
            elif curlen != 0:
                if curlen != prevlen:
                    bl[curlen] += 1
                bl[_REP_3_6] += 1
            elif count <= 10:
                bl[_REPZ_3_10] += 1
            else:
                bl[_REPZ_11_138] += 1
            count = 0
            prevlen = curlen
            if nextlen == 0:
                max_count, min_count = 138, 3
            elif curlen == nextlen:
                max_count, min_count = 6, 3
            else:
                max_count, min_count = 7, 4

    def _send_tree(self, tree, max_code):
        lens = tree.len
        blc, bll = self.bltree.code, self.bltree.len
        send = self.send_bits
        prevlen = -1
        nextlen = lens[0]
        count = 0
        max_count, min_count = (138, 3) if nextlen == 0 else (7, 4)
        for n in range(max_code + 1):
            curlen = nextlen
            nextlen = lens[n + 1]
            count += 1
            if count < max_count and curlen == nextlen:
                continue
            if count < min_count:
                for _ in range(count):
                    send(blc[curlen], bll[curlen])
            elif curlen != 0:
                if curlen != prevlen:
                    send(blc[curlen], bll[curlen])
                    count -= 1
                send(blc[_REP_3_6], bll[_REP_3_6])
                send(count - 3, 2)
            elif count <= 10:
                send(blc[_REPZ_3_10], bll[_REPZ_3_10])
                send(count - 3, 3)
            else:
                send(blc[_REPZ_11_138], bll[_REPZ_11_138])
                send(count - 11, 7)
            count = 0
            prevlen = curlen
            if nextlen == 0:
                max_count, min_count = 138, 3
            elif curlen == nextlen:
                max_count, min_count = 6, 3
            else:
                max_count, min_count = 7, 4

    def _build_bl_tree(self):
        self._scan_tree(self.ltree, self.ltree.max_code)
        self._scan_tree(self.dtree, self.dtree.max_code)
        self._build_tree(self.bltree)
        max_blindex = _BL_CODES - 1
        while max_blindex >= 3:
            if self.bltree.len[_BL_ORDER[max_blindex]] != 0:
                break
            max_blindex -= 1
        self.opt_len += 3 * (max_blindex + 1) + 5 + 5 + 4
        return max_blindex

    def _send_all_trees(self, lcodes, dcodes, blcodes):
        self.send_bits(lcodes - 257, 5)
        self.send_bits(dcodes - 1, 5)
        self.send_bits(blcodes - 4, 4)
        for rank in range(blcodes):
            self.send_bits(self.bltree.len[_BL_ORDER[rank]], 3)
        self._send_tree(self.ltree, lcodes - 1)
        self._send_tree(self.dtree, dcodes - 1)

    # -- the matchers --

    def set_dictionary(self, zdict, raw):
        """Primes the window with zdict (its last window's worth), as
        deflateSetDictionary does before the first input."""
        zdict = bytes(zdict)
        if len(zdict) >= self.w_size:
            if raw:
                self.head = [0] * len(self.head)
                self.strstart = self.block_start = self.insert = 0
            zdict = zdict[len(zdict) - self.w_size:]
        self.data, self.next_in = zdict, 0
        self.fill_window()
        while self.lookahead >= _MIN_MATCH:
            pos = self.strstart
            for _ in range(self.lookahead - (_MIN_MATCH - 1)):
                self.insert_string(pos)
                pos += 1
            self.strstart = pos
            self.lookahead = _MIN_MATCH - 1
            self.fill_window()
        self.strstart += self.lookahead
        self.block_start = self.strstart
        self.insert = self.lookahead
        self.lookahead = 0
        self.match_length = self.prev_length = _MIN_MATCH - 1
        self.match_available = False
        self.data = b""

    def copy(self):
        """An independent copy of the whole state (Compress.copy)."""
        twin = object.__new__(_Deflater)
        for name, value in self.__dict__.items():
            if isinstance(value, (list, bytearray)):
                value = value.copy()
            elif isinstance(value, _Tree):
                tree = object.__new__(_Tree)
                tree.__dict__.update(value.__dict__)
                for part in ("freq", "len", "dad", "code"):
                    setattr(tree, part, list(getattr(value, part)))
                value = tree
            setattr(twin, name, value)
        return twin

    def deflate(self, data, flush):
        """Compresses data (all of it goes into the window or out) and, as flush asks,
        ends the block with an empty stored block (Z_SYNC_FLUSH; Z_FULL_FLUSH also
        forgets the history) or ends the stream (Z_FINISH: the caller writes the
        trailer). Returns the block state; new output is at the end of self.out."""
        self.data = data
        self.next_in = 0
        if self.pending:
            self.deliver()
            if self.avail_out == 0:
                return NEED_MORE
        if self.level == 0:
            state = self._deflate_stored(flush)
        elif self.strategy == Z_HUFFMAN_ONLY:
            state = self._deflate_huff(flush)
        elif self.strategy == Z_RLE:
            state = self._deflate_rle(flush)
        elif self.lazy:
            state = self._deflate_slow(flush)
        else:
            state = self._deflate_fast(flush)
        if state == BLOCK_DONE and flush != Z_BLOCK:
            if flush == Z_PARTIAL_FLUSH:
                self._align()
            else:
                self._stored_block(b"", False)
                if flush == Z_FULL_FLUSH:
                    self.head = [0] * len(self.head)
                    if self.lookahead == 0:
                        self.strstart = self.block_start = self.insert = 0
        self.flush_bits()
        self.data = self.data[self.next_in:]
        self.deliver()
        return state

    def deliver(self):
        """zlib's flush_pending: what fits of the pending output goes to the caller."""
        if self.avail_out is None:
            self.pending = 0
            return
        moved = min(self.pending, self.avail_out)
        self.pending -= moved
        self.avail_out -= moved

    def flush_bits(self):
        """Moves the whole bytes of the bit buffer to out, as zlib does each time it
        hands output over (so the bytes out holds match zlib's at every return)."""
        if self.bi_valid >= 8:
            self.out.append(self.bi_buf & 0xFF)
            self.bi_buf >>= 8
            self.bi_valid -= 8

    def _align(self):
        """Z_PARTIAL_FLUSH: an empty static block, so the data so far can be decoded."""
        self.send_bits(1 << 1, 3)
        self.send_bits(_STATIC_LCODES[_END_BLOCK], _STATIC_LLENS[_END_BLOCK])
        self.flush_bits()

    def _stored_block(self, chunk, last, length=None):
        """A stored block holding chunk (or, with length, only its header: the caller
        copies the bytes)."""
        before = len(self.out)
        self.send_bits(last, 3)
        self.windup()
        n = len(chunk) if length is None else length
        self.out += bytes((n & 0xFF, n >> 8, ~n & 0xFF, (~n >> 8) & 0xFF))
        self.out += chunk
        self.pending += len(self.out) - before

    def _direct(self, chunk):
        """Level 0: bytes copied straight to the caller's buffer."""
        self.out += chunk
        if self.avail_out is not None:
            self.avail_out -= len(chunk)

    def _slide(self):
        """Level 0: moves the upper half of the window down."""
        self.block_start -= self.w_size
        self.strstart -= self.w_size
        self.window[:self.strstart] = self.window[self.w_size:self.w_size + self.strstart]
        if self.insert > self.strstart:
            self.insert = self.strstart

    def _to_window(self, chunk):
        self.window[self.strstart:self.strstart + len(chunk)] = chunk
        self.strstart += len(chunk)
        self.insert += min(len(chunk), self.w_size - self.insert)

    def _deflate_stored(self, flush):
        """Level 0: stored blocks, as large as zlib makes them (copied straight from
        the input when a block of a window or more is ready, else gathered in the
        window), and no larger than the room left in the caller's output buffer
        (avail_out), as zlib makes them."""
        min_block = min(self.pending_buf_size - 5, self.w_size)
        data = self.data
        last = False
        start_in = self.next_in
        while True:
            avail = len(data) - self.next_in
            left = self.strstart - self.block_start
            n = min(_MAX_STORED, left + avail)
            if self.avail_out is not None:
                header = (self.bi_valid + 42) >> 3
                if self.avail_out < header:
                    break
                n = min(n, self.avail_out - header)
            if n < min_block and ((n == 0 and flush != Z_FINISH) or flush == Z_NO_FLUSH
                                  or n != left + avail):
                break
            last = flush == Z_FINISH and n == left + avail
            self._stored_block(b"", last, n)
            self.deliver()
            from_window = min(left, n)
            self._direct(bytes(self.window[self.block_start:self.block_start + from_window]))
            self.block_start += from_window
            self._direct(data[self.next_in:self.next_in + n - from_window])
            self.next_in += n - from_window
            if last:
                break
        used = self.next_in - start_in
        if used:
            if used >= self.w_size:
                self.window[:self.w_size] = data[self.next_in - self.w_size:self.next_in]
                self.strstart = self.insert = self.w_size
            else:
                if self.window_size - self.strstart <= used:
                    self._slide()
                self._to_window(data[self.next_in - used:self.next_in])
            self.block_start = self.strstart
        self.high_water = max(self.high_water, self.strstart)
        if last:
            return FINISH_DONE
        avail = len(data) - self.next_in
        if (flush not in (Z_NO_FLUSH, Z_FINISH) and avail == 0
                and self.strstart == self.block_start):
            return BLOCK_DONE
        room = self.window_size - self.strstart
        if avail > room and self.block_start >= self.w_size:
            self._slide()
            room += self.w_size
        take = min(room, avail)
        if take:
            self._to_window(data[self.next_in:self.next_in + take])
            self.next_in += take
            avail -= take
        self.high_water = max(self.high_water, self.strstart)
        room = min(self.pending_buf_size - ((self.bi_valid + 42) >> 3), _MAX_STORED)
        min_block = min(room, self.w_size)
        left = self.strstart - self.block_start
        if left >= min_block or ((left or flush == Z_FINISH) and flush != Z_NO_FLUSH
                                 and avail == 0 and left <= room):
            n = min(left, room)
            last = flush == Z_FINISH and avail == 0 and n == left
            self._stored_block(bytes(self.window[self.block_start:self.block_start + n]), last)
            self.block_start += n
            self.deliver()
        return FINISH_STARTED if last else NEED_MORE

    def _deflate_fast(self, flush):
        """Greedy matching (levels 1-3); returns the block state."""
        window = self.window
        while True:
            if self.lookahead < _MIN_LOOKAHEAD:
                self.fill_window()
                if self.lookahead < _MIN_LOOKAHEAD and flush == Z_NO_FLUSH:
                    return NEED_MORE
                if self.lookahead == 0:
                    break
            hash_head = 0
            if self.lookahead >= _MIN_MATCH:
                hash_head = self.insert_string(self.strstart)
            if hash_head != 0 and self.strstart - hash_head <= self.max_dist:
                self.match_length = self.longest_match(hash_head)
            if self.match_length >= _MIN_MATCH:
                full = self.tally_match(self.strstart - self.match_start,
                                        self.match_length - _MIN_MATCH)
                self.lookahead -= self.match_length
                if self.match_length <= self.max_lazy and self.lookahead >= _MIN_MATCH:
                    self.match_length -= 1
                    while True:
                        self.strstart += 1
                        self.insert_string(self.strstart)
                        self.match_length -= 1
                        if self.match_length == 0:
                            break
                    self.strstart += 1
                else:
                    self.strstart += self.match_length
                    self.match_length = 0
                    self.ins_h = window[self.strstart]
                    self.ins_h = ((self.ins_h << self.hash_shift) ^ window[self.strstart + 1]) & self.hash_mask
            else:
                full = self.tally_literal(window[self.strstart])
                self.lookahead -= 1
                self.strstart += 1
            if full:
                self.flush_block(False)
        self.insert = min(self.strstart, _MIN_MATCH - 1)
        return self._finish_blocks(flush)

    def _deflate_slow(self, flush):
        """Lazy matching (levels 4-9); returns the block state."""
        window = self.window
        while True:
            if self.lookahead < _MIN_LOOKAHEAD:
                self.fill_window()
                if self.lookahead < _MIN_LOOKAHEAD and flush == Z_NO_FLUSH:
                    return NEED_MORE
                if self.lookahead == 0:
                    break
            hash_head = 0
            if self.lookahead >= _MIN_MATCH:
                hash_head = self.insert_string(self.strstart)
            self.prev_length = self.match_length
            self.prev_match = self.match_start
            self.match_length = _MIN_MATCH - 1
            if (hash_head != 0 and self.prev_length < self.max_lazy
                    and self.strstart - hash_head <= self.max_dist):
                self.match_length = self.longest_match(hash_head)
                if self.match_length <= 5 and (self.strategy == Z_FILTERED or (
                        self.match_length == _MIN_MATCH
                        and self.strstart - self.match_start > _TOO_FAR)):
                    self.match_length = _MIN_MATCH - 1
            if self.prev_length >= _MIN_MATCH and self.match_length <= self.prev_length:
                max_insert = self.strstart + self.lookahead - _MIN_MATCH
                full = self.tally_match(self.strstart - 1 - self.prev_match,
                                        self.prev_length - _MIN_MATCH)
                self.lookahead -= self.prev_length - 1
                self.prev_length -= 2
                while True:
                    self.strstart += 1
                    if self.strstart <= max_insert:
                        self.insert_string(self.strstart)
                    self.prev_length -= 1
                    if self.prev_length == 0:
                        break
                self.match_available = False
                self.match_length = _MIN_MATCH - 1
                self.strstart += 1
                if full:
                    self.flush_block(False)
            elif self.match_available:
                if self.tally_literal(window[self.strstart - 1]):
                    self.flush_block(False)
                self.strstart += 1
                self.lookahead -= 1
            else:
                self.match_available = True
                self.strstart += 1
                self.lookahead -= 1
        if self.match_available:
            self.tally_literal(window[self.strstart - 1])
            self.match_available = False
        self.insert = min(self.strstart, _MIN_MATCH - 1)
        return self._finish_blocks(flush)

    def _finish_blocks(self, flush):
        """The end of a matcher once the input is used up and flush asks for output:
        the last block on Z_FINISH, else the open block if it has symbols."""
        if flush == Z_FINISH:
            self.flush_block(True)
            return FINISH_DONE
        if self.symbols:
            self.flush_block(False)
        return BLOCK_DONE

    def _deflate_huff(self, flush):
        """Z_HUFFMAN_ONLY: every byte a literal."""
        while True:
            if self.lookahead == 0:
                self.fill_window()
                if self.lookahead == 0:
                    if flush == Z_NO_FLUSH:
                        return NEED_MORE
                    break
            self.match_length = 0
            full = self.tally_literal(self.window[self.strstart])
            self.lookahead -= 1
            self.strstart += 1
            if full:
                self.flush_block(False)
        self.insert = 0
        return self._finish_blocks(flush)

    def _deflate_rle(self, flush):
        """Z_RLE: matches only at distance one (runs of a byte)."""
        window = self.window
        while True:
            if self.lookahead <= _MAX_MATCH:
                self.fill_window()
                if self.lookahead <= _MAX_MATCH and flush == Z_NO_FLUSH:
                    return NEED_MORE
                if self.lookahead == 0:
                    break
            self.match_length = 0
            start = self.strstart
            if self.lookahead >= _MIN_MATCH and start > 0:
                byte = window[start - 1]
                if window[start] == byte and window[start + 1] == byte and window[start + 2] == byte:
                    end = start + 3
                    while end < start + _MAX_MATCH and window[end] == byte:
                        end += 1
                    self.match_length = min(end - start, self.lookahead)
            if self.match_length >= _MIN_MATCH:
                full = self.tally_match(1, self.match_length - _MIN_MATCH)
                self.lookahead -= self.match_length
                self.strstart += self.match_length
                self.match_length = 0
            else:
                full = self.tally_literal(window[start])
                self.lookahead -= 1
                self.strstart += 1
            if full:
                self.flush_block(False)
        self.insert = 0
        return self._finish_blocks(flush)


# The sizes of the blocks CPython's output buffer grows by (its blocks output buffer):
# level 0's stored blocks are cut to the room left in it.
OUTPUT_BLOCKS = (32 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20, 8 << 20, 16 << 20,
                 16 << 20, 32 << 20, 32 << 20, 32 << 20, 32 << 20, 64 << 20, 64 << 20,
                 128 << 20, 128 << 20, 256 << 20)


def compress(data, level=-1):
    """Raw deflate of data, as zlib.compress(data, level, wbits=-15) gives it: one
    deflate(Z_FINISH) over the whole input, into CPython's growing output buffer."""
    data = bytes(data)
    if not -1 <= level <= 9:
        raise DeflateError("Bad compression level")
    deflater = _Deflater(level)
    sizes = iter(OUTPUT_BLOCKS)
    if level == 0:
        deflater.avail_out = next(sizes)
    while True:
        state = deflater.deflate(data, Z_FINISH)
        data = deflater.data
        # Once the last block is out, zlib only hands over what did not fit.
        if state in (FINISH_STARTED, FINISH_DONE) or deflater.avail_out != 0:
            return bytes(deflater.out)
        deflater.avail_out = next(sizes, OUTPUT_BLOCKS[-1])


# ---- decompression -------------------------------------------------------------------

def _huffman(lengths):
    """(counts per length, symbols in canonical order) for decoding."""
    counts = [0] * 16
    for n in lengths:
        counts[n] += 1
    counts[0] = 0
    offsets = [0] * 16
    for i in range(1, 16):
        offsets[i] = offsets[i - 1] + counts[i - 1]
    symbols = [0] * len(lengths)
    for symbol, n in enumerate(lengths):
        if n:
            symbols[offsets[n]] = symbol
            offsets[n] += 1
    return counts, symbols


class _BitReader:
    def __init__(self, data, pos):
        self.data = data
        self.pos = pos
        self.bit = 0
        self.nbits = 0

    def bits(self, n):
        while self.nbits < n:
            if self.pos >= len(self.data):
                raise DeflateError("incomplete or truncated stream")
            self.bit |= self.data[self.pos] << self.nbits
            self.pos += 1
            self.nbits += 8
        value = self.bit & ((1 << n) - 1)
        self.bit >>= n
        self.nbits -= n
        return value

    def decode(self, table):
        counts, symbols = table
        code = first = index = 0
        for length in range(1, 16):
            code |= self.bits(1)
            count = counts[length]
            if code - count < first:
                return symbols[index + (code - first)]
            index += count
            first = (first + count) << 1
            code <<= 1
        raise DeflateError("invalid code")

    def align(self):
        self.bit = 0
        self.nbits = 0


_LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                67, 83, 99, 115, 131, 163, 195, 227, 258]
_DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
              769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
_FIXED = None


def decompress(data, start=0):
    """Inflates the raw deflate stream at data[start:]; returns (bytes, the offset
    just past the stream)."""
    global _FIXED
    reader = _BitReader(data, start)
    out = bytearray()
    while True:
        last = reader.bits(1)
        kind = reader.bits(2)
        if kind == 0:
            reader.align()
            p = reader.pos
            if p + 4 > len(data):
                raise DeflateError("incomplete or truncated stream")
            n = data[p] | (data[p + 1] << 8)
            if n != (~(data[p + 2] | (data[p + 3] << 8)) & 0xFFFF):
                raise DeflateError("invalid stored block lengths")
            p += 4
            if p + n > len(data):
                raise DeflateError("incomplete or truncated stream")
            out += data[p:p + n]
            reader.pos = p + n
        elif kind in (1, 2):
            if kind == 1:
                if _FIXED is None:
                    _FIXED = (_huffman([8] * 144 + [9] * 112 + [7] * 24 + [8] * 8),
                              _huffman([5] * 30))
                lit, dist = _FIXED
            else:
                hlit = reader.bits(5) + 257
                hdist = reader.bits(5) + 1
                hclen = reader.bits(4) + 4
                cl = [0] * 19
                for i in range(hclen):
                    cl[_BL_ORDER[i]] = reader.bits(3)
                cl_table = _huffman(cl)
                lengths = []
                while len(lengths) < hlit + hdist:
                    sym = reader.decode(cl_table)
                    if sym < 16:
                        lengths.append(sym)
                    elif sym == 16:
                        if not lengths:
                            raise DeflateError("invalid bit length repeat")
                        lengths += [lengths[-1]] * (3 + reader.bits(2))
                    elif sym == 17:
                        lengths += [0] * (3 + reader.bits(3))
                    else:
                        lengths += [0] * (11 + reader.bits(7))
                if len(lengths) > hlit + hdist:
                    raise DeflateError("invalid bit length repeat")
                lit = _huffman(lengths[:hlit])
                dist = _huffman(lengths[hlit:])
            while True:
                sym = reader.decode(lit)
                if sym < 256:
                    out.append(sym)
                elif sym == 256:
                    break
                else:
                    sym -= 257
                    if sym >= 29:
                        raise DeflateError("invalid literal/length code")
                    length = _LENGTH_BASE[sym] + reader.bits(_EXTRA_LBITS[sym])
                    dsym = reader.decode(dist)
                    if dsym >= 30:
                        raise DeflateError("invalid distance code")
                    distance = _DIST_BASE[dsym] + reader.bits(_EXTRA_DBITS[dsym])
                    if distance > len(out):
                        raise DeflateError("invalid distance too far back")
                    begin = len(out) - distance
                    if distance >= length:
                        out += out[begin:begin + length]
                    else:
                        for i in range(length):
                            out.append(out[begin + i])
        else:
            raise DeflateError("invalid block type")
        if last:
            return bytes(out), reader.pos
