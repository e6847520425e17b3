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

_W_SIZE = 1 << 15
_W_MASK = _W_SIZE - 1
_WINDOW_SIZE = 2 * _W_SIZE
_HASH_SIZE = 1 << 15
_HASH_MASK = _HASH_SIZE - 1
_HASH_SHIFT = 5
_MIN_MATCH = 3
_MAX_MATCH = 258
_MIN_LOOKAHEAD = _MAX_MATCH + _MIN_MATCH + 1
_MAX_DIST = _W_SIZE - _MIN_LOOKAHEAD
_TOO_FAR = 4096
_LIT_BUFSIZE = 1 << 14
_SYM_END = _LIT_BUFSIZE - 1            # symbols per block before it is flushed


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
    def __init__(self, data, level):
        self.good, self.max_lazy, self.nice, self.max_chain, self.lazy = _CONFIG[level]
        self.data = data
        self.next_in = 0
        self.window = bytearray(_WINDOW_SIZE)
        self.head = [0] * _HASH_SIZE
        self.prev = [0] * _W_SIZE
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
            more = _WINDOW_SIZE - self.lookahead - self.strstart
            if self.strstart >= _W_SIZE + _MAX_DIST:
                window[:_W_SIZE - more] = window[_W_SIZE:_W_SIZE + _W_SIZE - more]
                self.match_start -= _W_SIZE
                self.strstart -= _W_SIZE
                self.block_start -= _W_SIZE
                if self.insert > self.strstart:
                    self.insert = self.strstart
                self.head = [m - _W_SIZE if m >= _W_SIZE else 0 for m in self.head]
                self.prev = [m - _W_SIZE if m >= _W_SIZE else 0 for m in self.prev]
                more += _W_SIZE
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
                h = ((h << _HASH_SHIFT) ^ window[s + 1]) & _HASH_MASK
                while self.insert:
                    h = ((h << _HASH_SHIFT) ^ window[s + _MIN_MATCH - 1]) & _HASH_MASK
                    self.prev[s & _W_MASK] = self.head[h]
                    self.head[h] = s
                    s += 1
                    self.insert -= 1
                    if self.lookahead + self.insert < _MIN_MATCH:
                        break
                self.ins_h = h
            if not (self.lookahead < _MIN_LOOKAHEAD and self.next_in < len(self.data)):
                break
        # zlib zeroes up to 258 bytes past the data, which match comparisons may read.
        if self.high_water < _WINDOW_SIZE:
            curr = self.strstart + self.lookahead
            if self.high_water < curr:
                init = min(_WINDOW_SIZE - curr, _MAX_MATCH)
                window[curr:curr + init] = bytes(init)
                self.high_water = curr + init
            elif self.high_water < curr + _MAX_MATCH:
                init = min(curr + _MAX_MATCH - self.high_water, _WINDOW_SIZE - self.high_water)
                window[self.high_water:self.high_water + init] = bytes(init)
                self.high_water += init

    def insert_string(self, pos):
        """Adds the string at pos to its hash chain; returns the previous head."""
        self.ins_h = ((self.ins_h << _HASH_SHIFT) ^ self.window[pos + _MIN_MATCH - 1]) & _HASH_MASK
        head = self.head[self.ins_h]
        self.prev[pos & _W_MASK] = head
        self.head[self.ins_h] = pos
        return head

    def longest_match(self, cur_match):
        window = self.window
        prev = self.prev
        chain = self.max_chain
        scan = self.strstart
        best_len = self.prev_length
        nice = self.nice
        limit = self.strstart - _MAX_DIST if self.strstart > _MAX_DIST else 0
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
            cur_match = prev[cur_match & _W_MASK]
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
        return len(self.symbols) == _SYM_END

    def tally_match(self, dist, length_minus_3):
        self.symbols.append((dist, length_minus_3))
        self.ltree.freq[_LENGTH_CODE[length_minus_3] + _LITERALS + 1] += 1
        self.dtree.freq[_d_code(dist - 1)] += 1
        return len(self.symbols) == _SYM_END

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
        if static_lenb <= opt_lenb:
            opt_lenb = static_lenb
        if stored_len + 4 <= opt_lenb and stored is not None:
            self.send_bits(last, 3)
            self.windup()
            self.out += bytes((stored_len & 0xFF, (stored_len >> 8) & 0xFF,
                               ~stored_len & 0xFF, (~stored_len >> 8) & 0xFF))
            self.out += stored
        elif static_lenb == opt_lenb:
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

    def run(self):
        if self.lazy:
            self._deflate_slow()
        else:
            self._deflate_fast()
        return bytes(self.out)

    def _deflate_fast(self):
        window = self.window
        while True:
            if self.lookahead < _MIN_LOOKAHEAD:
                self.fill_window()
                if self.lookahead == 0:
                    break
            hash_head = 0
            if self.lookahead >= _MIN_MATCH:
                hash_head = self.insert_string(self.strstart)
            if hash_head != 0 and self.strstart - hash_head <= _MAX_DIST:
                self.match_length = self.longest_match(hash_head)
            if self.match_length >= _MIN_MATCH:
                flush = self.tally_match(self.strstart - self.match_start,
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
                    self.ins_h = ((self.ins_h << _HASH_SHIFT) ^ window[self.strstart + 1]) & _HASH_MASK
            else:
                flush = self.tally_literal(window[self.strstart])
                self.lookahead -= 1
                self.strstart += 1
            if flush:
                self.flush_block(False)
        self.insert = min(self.strstart, _MIN_MATCH - 1)
        self.flush_block(True)

    def _deflate_slow(self):
        window = self.window
        while True:
            if self.lookahead < _MIN_LOOKAHEAD:
                self.fill_window()
                if self.lookahead == 0:
                    break
            hash_head = 0
            if self.lookahead >= _MIN_MATCH:
                hash_head = self.insert_string(self.strstart)
            self.prev_length = self.match_length
            self.prev_match = self.match_start
            self.match_length = _MIN_MATCH - 1
            if (hash_head != 0 and self.prev_length < self.max_lazy
                    and self.strstart - hash_head <= _MAX_DIST):
                self.match_length = self.longest_match(hash_head)
                if self.match_length <= 5 and (self.match_length == _MIN_MATCH and
                                               self.strstart - self.match_start > _TOO_FAR):
                    self.match_length = _MIN_MATCH - 1
            if self.prev_length >= _MIN_MATCH and self.match_length <= self.prev_length:
                max_insert = self.strstart + self.lookahead - _MIN_MATCH
                flush = self.tally_match(self.strstart - 1 - self.prev_match,
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
                if flush:
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
        self.flush_block(True)


def _stored(data):
    """Level 0: the data in stored blocks, as zlib's deflate_stored makes them for a
    whole input given at once (blocks of at most 65535 bytes)."""
    out = bytearray()
    if not data:
        return bytes((1, 0, 0, 0xFF, 0xFF))
    pos = 0
    while pos < len(data):
        chunk = data[pos:pos + 65535]
        pos += len(chunk)
        last = 1 if pos >= len(data) else 0
        n = len(chunk)
        out += bytes((last, n & 0xFF, n >> 8, ~n & 0xFF, (~n >> 8) & 0xFF))
        out += chunk
    return bytes(out)


def compress(data, level=-1):
    """Raw deflate of data, as zlib.compress(data, level, wbits=-15) gives it."""
    data = bytes(data)
    if level == -1:
        level = 6
    if not 0 <= level <= 9:
        raise DeflateError("Bad compression level")
    if level == 0:
        return _stored(data)
    return _Deflater(data, level).run()


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
