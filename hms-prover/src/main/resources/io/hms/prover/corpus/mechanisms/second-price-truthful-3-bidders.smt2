; id: second-price-truthful-3-bidders
; family: mechanisms
; statement: In the sealed-bid second-price auction of one item among 3 bidders with non-negative integer values and bids, the highest bid winning with ties broken in favour of the lowest index and the winner paying the highest other bid, bidding one's value is a weakly dominant strategy for each bidder: no bid gives a higher utility than the true value against any bids of the others.
; source: W. Vickrey, Counterspeculation, auctions, and competitive sealed tenders, Journal of Finance 16 (1961); V. Krishna, Auction Theory (2002), Prop. 2.1
; expected: proved
; prelude: mechanisms-auctions
; encoding: values, bids and deviations are integers; utilities follow the allocation and price rules of the prelude; the negation asserts that for some bidder (disjunction over the three, whose tie-breaking positions differ) some deviation beats bidding the true value.
(declare-const v1 Int) (declare-const v2 Int) (declare-const v3 Int)
; vi = bidder i's value; di = its deviating bid; b1 b2 b3 = the bids of the others (bidder i's own entry unused)
(declare-const d1 Int) (declare-const d2 Int) (declare-const d3 Int)
(declare-const b1 Int) (declare-const b2 Int) (declare-const b3 Int)
(assert (and (>= v1 0) (>= v2 0) (>= v3 0) (>= d1 0) (>= d2 0) (>= d3 0) (>= b1 0) (>= b2 0) (>= b3 0)))
(assert (or (> (spa1 v1 d1 b2 b3) (spa1 v1 v1 b2 b3))
            (> (spa2 v2 b1 d2 b3) (spa2 v2 b1 v2 b3))
            (> (spa3 v3 b1 b2 d3) (spa3 v3 b1 b2 v3))))
