; id: arrow-4alt-2voters
; family: social-choice
; statement: With 2 voters and 4 alternatives, no social welfare function on the full domain of strict rankings that always returns a strict ranking satisfies weak Pareto, independence of irrelevant alternatives and non-dictatorship.
; source: K. J. Arrow, Social Choice and Individual Values (1951); P. Tang & F. Lin, Computer-aided proofs of Arrow's and other impossibility theorems, Artificial Intelligence 173 (2009)
; tier: full
; expected: proved
; prelude: social-choice-orders
; encoding: one Boolean per profile (576 profiles) and pair for the social order, transitivity per triple; the negation asserts a function meeting Pareto, IIA (equalities across profiles agreeing on the pair) and non-dictatorship exists.
; The 24 strict rankings of {a,b,c,d} are written best first (abc: a > b > c).
; Profile k (0..575) assigns a ranking to each of the 2 voters; profiles are listed below.
; s<k>_xy is true iff the social ranking at profile k puts x above y (for x before y alphabetically).
; profile 0: abcd abcd
(declare-const s0_ab Bool) (declare-const s0_ac Bool) (declare-const s0_ad Bool) (declare-const s0_bc Bool) (declare-const s0_bd Bool) (declare-const s0_cd Bool)
; profile 1: abcd abdc
(declare-const s1_ab Bool) (declare-const s1_ac Bool) (declare-const s1_ad Bool) (declare-const s1_bc Bool) (declare-const s1_bd Bool) (declare-const s1_cd Bool)
; profile 2: abcd acbd
(declare-const s2_ab Bool) (declare-const s2_ac Bool) (declare-const s2_ad Bool) (declare-const s2_bc Bool) (declare-const s2_bd Bool) (declare-const s2_cd Bool)
; profile 3: abcd acdb
(declare-const s3_ab Bool) (declare-const s3_ac Bool) (declare-const s3_ad Bool) (declare-const s3_bc Bool) (declare-const s3_bd Bool) (declare-const s3_cd Bool)
; profile 4: abcd adbc
(declare-const s4_ab Bool) (declare-const s4_ac Bool) (declare-const s4_ad Bool) (declare-const s4_bc Bool) (declare-const s4_bd Bool) (declare-const s4_cd Bool)
; profile 5: abcd adcb
(declare-const s5_ab Bool) (declare-const s5_ac Bool) (declare-const s5_ad Bool) (declare-const s5_bc Bool) (declare-const s5_bd Bool) (declare-const s5_cd Bool)
; profile 6: abcd bacd
(declare-const s6_ab Bool) (declare-const s6_ac Bool) (declare-const s6_ad Bool) (declare-const s6_bc Bool) (declare-const s6_bd Bool) (declare-const s6_cd Bool)
; profile 7: abcd badc
(declare-const s7_ab Bool) (declare-const s7_ac Bool) (declare-const s7_ad Bool) (declare-const s7_bc Bool) (declare-const s7_bd Bool) (declare-const s7_cd Bool)
; profile 8: abcd bcad
(declare-const s8_ab Bool) (declare-const s8_ac Bool) (declare-const s8_ad Bool) (declare-const s8_bc Bool) (declare-const s8_bd Bool) (declare-const s8_cd Bool)
; profile 9: abcd bcda
(declare-const s9_ab Bool) (declare-const s9_ac Bool) (declare-const s9_ad Bool) (declare-const s9_bc Bool) (declare-const s9_bd Bool) (declare-const s9_cd Bool)
; profile 10: abcd bdac
(declare-const s10_ab Bool) (declare-const s10_ac Bool) (declare-const s10_ad Bool) (declare-const s10_bc Bool) (declare-const s10_bd Bool) (declare-const s10_cd Bool)
; profile 11: abcd bdca
(declare-const s11_ab Bool) (declare-const s11_ac Bool) (declare-const s11_ad Bool) (declare-const s11_bc Bool) (declare-const s11_bd Bool) (declare-const s11_cd Bool)
; profile 12: abcd cabd
(declare-const s12_ab Bool) (declare-const s12_ac Bool) (declare-const s12_ad Bool) (declare-const s12_bc Bool) (declare-const s12_bd Bool) (declare-const s12_cd Bool)
; profile 13: abcd cadb
(declare-const s13_ab Bool) (declare-const s13_ac Bool) (declare-const s13_ad Bool) (declare-const s13_bc Bool) (declare-const s13_bd Bool) (declare-const s13_cd Bool)
; profile 14: abcd cbad
(declare-const s14_ab Bool) (declare-const s14_ac Bool) (declare-const s14_ad Bool) (declare-const s14_bc Bool) (declare-const s14_bd Bool) (declare-const s14_cd Bool)
; profile 15: abcd cbda
(declare-const s15_ab Bool) (declare-const s15_ac Bool) (declare-const s15_ad Bool) (declare-const s15_bc Bool) (declare-const s15_bd Bool) (declare-const s15_cd Bool)
; profile 16: abcd cdab
(declare-const s16_ab Bool) (declare-const s16_ac Bool) (declare-const s16_ad Bool) (declare-const s16_bc Bool) (declare-const s16_bd Bool) (declare-const s16_cd Bool)
; profile 17: abcd cdba
(declare-const s17_ab Bool) (declare-const s17_ac Bool) (declare-const s17_ad Bool) (declare-const s17_bc Bool) (declare-const s17_bd Bool) (declare-const s17_cd Bool)
; profile 18: abcd dabc
(declare-const s18_ab Bool) (declare-const s18_ac Bool) (declare-const s18_ad Bool) (declare-const s18_bc Bool) (declare-const s18_bd Bool) (declare-const s18_cd Bool)
; profile 19: abcd dacb
(declare-const s19_ab Bool) (declare-const s19_ac Bool) (declare-const s19_ad Bool) (declare-const s19_bc Bool) (declare-const s19_bd Bool) (declare-const s19_cd Bool)
; profile 20: abcd dbac
(declare-const s20_ab Bool) (declare-const s20_ac Bool) (declare-const s20_ad Bool) (declare-const s20_bc Bool) (declare-const s20_bd Bool) (declare-const s20_cd Bool)
; profile 21: abcd dbca
(declare-const s21_ab Bool) (declare-const s21_ac Bool) (declare-const s21_ad Bool) (declare-const s21_bc Bool) (declare-const s21_bd Bool) (declare-const s21_cd Bool)
; profile 22: abcd dcab
(declare-const s22_ab Bool) (declare-const s22_ac Bool) (declare-const s22_ad Bool) (declare-const s22_bc Bool) (declare-const s22_bd Bool) (declare-const s22_cd Bool)
; profile 23: abcd dcba
(declare-const s23_ab Bool) (declare-const s23_ac Bool) (declare-const s23_ad Bool) (declare-const s23_bc Bool) (declare-const s23_bd Bool) (declare-const s23_cd Bool)
; profile 24: abdc abcd
(declare-const s24_ab Bool) (declare-const s24_ac Bool) (declare-const s24_ad Bool) (declare-const s24_bc Bool) (declare-const s24_bd Bool) (declare-const s24_cd Bool)
; profile 25: abdc abdc
(declare-const s25_ab Bool) (declare-const s25_ac Bool) (declare-const s25_ad Bool) (declare-const s25_bc Bool) (declare-const s25_bd Bool) (declare-const s25_cd Bool)
; profile 26: abdc acbd
(declare-const s26_ab Bool) (declare-const s26_ac Bool) (declare-const s26_ad Bool) (declare-const s26_bc Bool) (declare-const s26_bd Bool) (declare-const s26_cd Bool)
; profile 27: abdc acdb
(declare-const s27_ab Bool) (declare-const s27_ac Bool) (declare-const s27_ad Bool) (declare-const s27_bc Bool) (declare-const s27_bd Bool) (declare-const s27_cd Bool)
; profile 28: abdc adbc
(declare-const s28_ab Bool) (declare-const s28_ac Bool) (declare-const s28_ad Bool) (declare-const s28_bc Bool) (declare-const s28_bd Bool) (declare-const s28_cd Bool)
; profile 29: abdc adcb
(declare-const s29_ab Bool) (declare-const s29_ac Bool) (declare-const s29_ad Bool) (declare-const s29_bc Bool) (declare-const s29_bd Bool) (declare-const s29_cd Bool)
; profile 30: abdc bacd
(declare-const s30_ab Bool) (declare-const s30_ac Bool) (declare-const s30_ad Bool) (declare-const s30_bc Bool) (declare-const s30_bd Bool) (declare-const s30_cd Bool)
; profile 31: abdc badc
(declare-const s31_ab Bool) (declare-const s31_ac Bool) (declare-const s31_ad Bool) (declare-const s31_bc Bool) (declare-const s31_bd Bool) (declare-const s31_cd Bool)
; profile 32: abdc bcad
(declare-const s32_ab Bool) (declare-const s32_ac Bool) (declare-const s32_ad Bool) (declare-const s32_bc Bool) (declare-const s32_bd Bool) (declare-const s32_cd Bool)
; profile 33: abdc bcda
(declare-const s33_ab Bool) (declare-const s33_ac Bool) (declare-const s33_ad Bool) (declare-const s33_bc Bool) (declare-const s33_bd Bool) (declare-const s33_cd Bool)
; profile 34: abdc bdac
(declare-const s34_ab Bool) (declare-const s34_ac Bool) (declare-const s34_ad Bool) (declare-const s34_bc Bool) (declare-const s34_bd Bool) (declare-const s34_cd Bool)
; profile 35: abdc bdca
(declare-const s35_ab Bool) (declare-const s35_ac Bool) (declare-const s35_ad Bool) (declare-const s35_bc Bool) (declare-const s35_bd Bool) (declare-const s35_cd Bool)
; profile 36: abdc cabd
(declare-const s36_ab Bool) (declare-const s36_ac Bool) (declare-const s36_ad Bool) (declare-const s36_bc Bool) (declare-const s36_bd Bool) (declare-const s36_cd Bool)
; profile 37: abdc cadb
(declare-const s37_ab Bool) (declare-const s37_ac Bool) (declare-const s37_ad Bool) (declare-const s37_bc Bool) (declare-const s37_bd Bool) (declare-const s37_cd Bool)
; profile 38: abdc cbad
(declare-const s38_ab Bool) (declare-const s38_ac Bool) (declare-const s38_ad Bool) (declare-const s38_bc Bool) (declare-const s38_bd Bool) (declare-const s38_cd Bool)
; profile 39: abdc cbda
(declare-const s39_ab Bool) (declare-const s39_ac Bool) (declare-const s39_ad Bool) (declare-const s39_bc Bool) (declare-const s39_bd Bool) (declare-const s39_cd Bool)
; profile 40: abdc cdab
(declare-const s40_ab Bool) (declare-const s40_ac Bool) (declare-const s40_ad Bool) (declare-const s40_bc Bool) (declare-const s40_bd Bool) (declare-const s40_cd Bool)
; profile 41: abdc cdba
(declare-const s41_ab Bool) (declare-const s41_ac Bool) (declare-const s41_ad Bool) (declare-const s41_bc Bool) (declare-const s41_bd Bool) (declare-const s41_cd Bool)
; profile 42: abdc dabc
(declare-const s42_ab Bool) (declare-const s42_ac Bool) (declare-const s42_ad Bool) (declare-const s42_bc Bool) (declare-const s42_bd Bool) (declare-const s42_cd Bool)
; profile 43: abdc dacb
(declare-const s43_ab Bool) (declare-const s43_ac Bool) (declare-const s43_ad Bool) (declare-const s43_bc Bool) (declare-const s43_bd Bool) (declare-const s43_cd Bool)
; profile 44: abdc dbac
(declare-const s44_ab Bool) (declare-const s44_ac Bool) (declare-const s44_ad Bool) (declare-const s44_bc Bool) (declare-const s44_bd Bool) (declare-const s44_cd Bool)
; profile 45: abdc dbca
(declare-const s45_ab Bool) (declare-const s45_ac Bool) (declare-const s45_ad Bool) (declare-const s45_bc Bool) (declare-const s45_bd Bool) (declare-const s45_cd Bool)
; profile 46: abdc dcab
(declare-const s46_ab Bool) (declare-const s46_ac Bool) (declare-const s46_ad Bool) (declare-const s46_bc Bool) (declare-const s46_bd Bool) (declare-const s46_cd Bool)
; profile 47: abdc dcba
(declare-const s47_ab Bool) (declare-const s47_ac Bool) (declare-const s47_ad Bool) (declare-const s47_bc Bool) (declare-const s47_bd Bool) (declare-const s47_cd Bool)
; profile 48: acbd abcd
(declare-const s48_ab Bool) (declare-const s48_ac Bool) (declare-const s48_ad Bool) (declare-const s48_bc Bool) (declare-const s48_bd Bool) (declare-const s48_cd Bool)
; profile 49: acbd abdc
(declare-const s49_ab Bool) (declare-const s49_ac Bool) (declare-const s49_ad Bool) (declare-const s49_bc Bool) (declare-const s49_bd Bool) (declare-const s49_cd Bool)
; profile 50: acbd acbd
(declare-const s50_ab Bool) (declare-const s50_ac Bool) (declare-const s50_ad Bool) (declare-const s50_bc Bool) (declare-const s50_bd Bool) (declare-const s50_cd Bool)
; profile 51: acbd acdb
(declare-const s51_ab Bool) (declare-const s51_ac Bool) (declare-const s51_ad Bool) (declare-const s51_bc Bool) (declare-const s51_bd Bool) (declare-const s51_cd Bool)
; profile 52: acbd adbc
(declare-const s52_ab Bool) (declare-const s52_ac Bool) (declare-const s52_ad Bool) (declare-const s52_bc Bool) (declare-const s52_bd Bool) (declare-const s52_cd Bool)
; profile 53: acbd adcb
(declare-const s53_ab Bool) (declare-const s53_ac Bool) (declare-const s53_ad Bool) (declare-const s53_bc Bool) (declare-const s53_bd Bool) (declare-const s53_cd Bool)
; profile 54: acbd bacd
(declare-const s54_ab Bool) (declare-const s54_ac Bool) (declare-const s54_ad Bool) (declare-const s54_bc Bool) (declare-const s54_bd Bool) (declare-const s54_cd Bool)
; profile 55: acbd badc
(declare-const s55_ab Bool) (declare-const s55_ac Bool) (declare-const s55_ad Bool) (declare-const s55_bc Bool) (declare-const s55_bd Bool) (declare-const s55_cd Bool)
; profile 56: acbd bcad
(declare-const s56_ab Bool) (declare-const s56_ac Bool) (declare-const s56_ad Bool) (declare-const s56_bc Bool) (declare-const s56_bd Bool) (declare-const s56_cd Bool)
; profile 57: acbd bcda
(declare-const s57_ab Bool) (declare-const s57_ac Bool) (declare-const s57_ad Bool) (declare-const s57_bc Bool) (declare-const s57_bd Bool) (declare-const s57_cd Bool)
; profile 58: acbd bdac
(declare-const s58_ab Bool) (declare-const s58_ac Bool) (declare-const s58_ad Bool) (declare-const s58_bc Bool) (declare-const s58_bd Bool) (declare-const s58_cd Bool)
; profile 59: acbd bdca
(declare-const s59_ab Bool) (declare-const s59_ac Bool) (declare-const s59_ad Bool) (declare-const s59_bc Bool) (declare-const s59_bd Bool) (declare-const s59_cd Bool)
; profile 60: acbd cabd
(declare-const s60_ab Bool) (declare-const s60_ac Bool) (declare-const s60_ad Bool) (declare-const s60_bc Bool) (declare-const s60_bd Bool) (declare-const s60_cd Bool)
; profile 61: acbd cadb
(declare-const s61_ab Bool) (declare-const s61_ac Bool) (declare-const s61_ad Bool) (declare-const s61_bc Bool) (declare-const s61_bd Bool) (declare-const s61_cd Bool)
; profile 62: acbd cbad
(declare-const s62_ab Bool) (declare-const s62_ac Bool) (declare-const s62_ad Bool) (declare-const s62_bc Bool) (declare-const s62_bd Bool) (declare-const s62_cd Bool)
; profile 63: acbd cbda
(declare-const s63_ab Bool) (declare-const s63_ac Bool) (declare-const s63_ad Bool) (declare-const s63_bc Bool) (declare-const s63_bd Bool) (declare-const s63_cd Bool)
; profile 64: acbd cdab
(declare-const s64_ab Bool) (declare-const s64_ac Bool) (declare-const s64_ad Bool) (declare-const s64_bc Bool) (declare-const s64_bd Bool) (declare-const s64_cd Bool)
; profile 65: acbd cdba
(declare-const s65_ab Bool) (declare-const s65_ac Bool) (declare-const s65_ad Bool) (declare-const s65_bc Bool) (declare-const s65_bd Bool) (declare-const s65_cd Bool)
; profile 66: acbd dabc
(declare-const s66_ab Bool) (declare-const s66_ac Bool) (declare-const s66_ad Bool) (declare-const s66_bc Bool) (declare-const s66_bd Bool) (declare-const s66_cd Bool)
; profile 67: acbd dacb
(declare-const s67_ab Bool) (declare-const s67_ac Bool) (declare-const s67_ad Bool) (declare-const s67_bc Bool) (declare-const s67_bd Bool) (declare-const s67_cd Bool)
; profile 68: acbd dbac
(declare-const s68_ab Bool) (declare-const s68_ac Bool) (declare-const s68_ad Bool) (declare-const s68_bc Bool) (declare-const s68_bd Bool) (declare-const s68_cd Bool)
; profile 69: acbd dbca
(declare-const s69_ab Bool) (declare-const s69_ac Bool) (declare-const s69_ad Bool) (declare-const s69_bc Bool) (declare-const s69_bd Bool) (declare-const s69_cd Bool)
; profile 70: acbd dcab
(declare-const s70_ab Bool) (declare-const s70_ac Bool) (declare-const s70_ad Bool) (declare-const s70_bc Bool) (declare-const s70_bd Bool) (declare-const s70_cd Bool)
; profile 71: acbd dcba
(declare-const s71_ab Bool) (declare-const s71_ac Bool) (declare-const s71_ad Bool) (declare-const s71_bc Bool) (declare-const s71_bd Bool) (declare-const s71_cd Bool)
; profile 72: acdb abcd
(declare-const s72_ab Bool) (declare-const s72_ac Bool) (declare-const s72_ad Bool) (declare-const s72_bc Bool) (declare-const s72_bd Bool) (declare-const s72_cd Bool)
; profile 73: acdb abdc
(declare-const s73_ab Bool) (declare-const s73_ac Bool) (declare-const s73_ad Bool) (declare-const s73_bc Bool) (declare-const s73_bd Bool) (declare-const s73_cd Bool)
; profile 74: acdb acbd
(declare-const s74_ab Bool) (declare-const s74_ac Bool) (declare-const s74_ad Bool) (declare-const s74_bc Bool) (declare-const s74_bd Bool) (declare-const s74_cd Bool)
; profile 75: acdb acdb
(declare-const s75_ab Bool) (declare-const s75_ac Bool) (declare-const s75_ad Bool) (declare-const s75_bc Bool) (declare-const s75_bd Bool) (declare-const s75_cd Bool)
; profile 76: acdb adbc
(declare-const s76_ab Bool) (declare-const s76_ac Bool) (declare-const s76_ad Bool) (declare-const s76_bc Bool) (declare-const s76_bd Bool) (declare-const s76_cd Bool)
; profile 77: acdb adcb
(declare-const s77_ab Bool) (declare-const s77_ac Bool) (declare-const s77_ad Bool) (declare-const s77_bc Bool) (declare-const s77_bd Bool) (declare-const s77_cd Bool)
; profile 78: acdb bacd
(declare-const s78_ab Bool) (declare-const s78_ac Bool) (declare-const s78_ad Bool) (declare-const s78_bc Bool) (declare-const s78_bd Bool) (declare-const s78_cd Bool)
; profile 79: acdb badc
(declare-const s79_ab Bool) (declare-const s79_ac Bool) (declare-const s79_ad Bool) (declare-const s79_bc Bool) (declare-const s79_bd Bool) (declare-const s79_cd Bool)
; profile 80: acdb bcad
(declare-const s80_ab Bool) (declare-const s80_ac Bool) (declare-const s80_ad Bool) (declare-const s80_bc Bool) (declare-const s80_bd Bool) (declare-const s80_cd Bool)
; profile 81: acdb bcda
(declare-const s81_ab Bool) (declare-const s81_ac Bool) (declare-const s81_ad Bool) (declare-const s81_bc Bool) (declare-const s81_bd Bool) (declare-const s81_cd Bool)
; profile 82: acdb bdac
(declare-const s82_ab Bool) (declare-const s82_ac Bool) (declare-const s82_ad Bool) (declare-const s82_bc Bool) (declare-const s82_bd Bool) (declare-const s82_cd Bool)
; profile 83: acdb bdca
(declare-const s83_ab Bool) (declare-const s83_ac Bool) (declare-const s83_ad Bool) (declare-const s83_bc Bool) (declare-const s83_bd Bool) (declare-const s83_cd Bool)
; profile 84: acdb cabd
(declare-const s84_ab Bool) (declare-const s84_ac Bool) (declare-const s84_ad Bool) (declare-const s84_bc Bool) (declare-const s84_bd Bool) (declare-const s84_cd Bool)
; profile 85: acdb cadb
(declare-const s85_ab Bool) (declare-const s85_ac Bool) (declare-const s85_ad Bool) (declare-const s85_bc Bool) (declare-const s85_bd Bool) (declare-const s85_cd Bool)
; profile 86: acdb cbad
(declare-const s86_ab Bool) (declare-const s86_ac Bool) (declare-const s86_ad Bool) (declare-const s86_bc Bool) (declare-const s86_bd Bool) (declare-const s86_cd Bool)
; profile 87: acdb cbda
(declare-const s87_ab Bool) (declare-const s87_ac Bool) (declare-const s87_ad Bool) (declare-const s87_bc Bool) (declare-const s87_bd Bool) (declare-const s87_cd Bool)
; profile 88: acdb cdab
(declare-const s88_ab Bool) (declare-const s88_ac Bool) (declare-const s88_ad Bool) (declare-const s88_bc Bool) (declare-const s88_bd Bool) (declare-const s88_cd Bool)
; profile 89: acdb cdba
(declare-const s89_ab Bool) (declare-const s89_ac Bool) (declare-const s89_ad Bool) (declare-const s89_bc Bool) (declare-const s89_bd Bool) (declare-const s89_cd Bool)
; profile 90: acdb dabc
(declare-const s90_ab Bool) (declare-const s90_ac Bool) (declare-const s90_ad Bool) (declare-const s90_bc Bool) (declare-const s90_bd Bool) (declare-const s90_cd Bool)
; profile 91: acdb dacb
(declare-const s91_ab Bool) (declare-const s91_ac Bool) (declare-const s91_ad Bool) (declare-const s91_bc Bool) (declare-const s91_bd Bool) (declare-const s91_cd Bool)
; profile 92: acdb dbac
(declare-const s92_ab Bool) (declare-const s92_ac Bool) (declare-const s92_ad Bool) (declare-const s92_bc Bool) (declare-const s92_bd Bool) (declare-const s92_cd Bool)
; profile 93: acdb dbca
(declare-const s93_ab Bool) (declare-const s93_ac Bool) (declare-const s93_ad Bool) (declare-const s93_bc Bool) (declare-const s93_bd Bool) (declare-const s93_cd Bool)
; profile 94: acdb dcab
(declare-const s94_ab Bool) (declare-const s94_ac Bool) (declare-const s94_ad Bool) (declare-const s94_bc Bool) (declare-const s94_bd Bool) (declare-const s94_cd Bool)
; profile 95: acdb dcba
(declare-const s95_ab Bool) (declare-const s95_ac Bool) (declare-const s95_ad Bool) (declare-const s95_bc Bool) (declare-const s95_bd Bool) (declare-const s95_cd Bool)
; profile 96: adbc abcd
(declare-const s96_ab Bool) (declare-const s96_ac Bool) (declare-const s96_ad Bool) (declare-const s96_bc Bool) (declare-const s96_bd Bool) (declare-const s96_cd Bool)
; profile 97: adbc abdc
(declare-const s97_ab Bool) (declare-const s97_ac Bool) (declare-const s97_ad Bool) (declare-const s97_bc Bool) (declare-const s97_bd Bool) (declare-const s97_cd Bool)
; profile 98: adbc acbd
(declare-const s98_ab Bool) (declare-const s98_ac Bool) (declare-const s98_ad Bool) (declare-const s98_bc Bool) (declare-const s98_bd Bool) (declare-const s98_cd Bool)
; profile 99: adbc acdb
(declare-const s99_ab Bool) (declare-const s99_ac Bool) (declare-const s99_ad Bool) (declare-const s99_bc Bool) (declare-const s99_bd Bool) (declare-const s99_cd Bool)
; profile 100: adbc adbc
(declare-const s100_ab Bool) (declare-const s100_ac Bool) (declare-const s100_ad Bool) (declare-const s100_bc Bool) (declare-const s100_bd Bool) (declare-const s100_cd Bool)
; profile 101: adbc adcb
(declare-const s101_ab Bool) (declare-const s101_ac Bool) (declare-const s101_ad Bool) (declare-const s101_bc Bool) (declare-const s101_bd Bool) (declare-const s101_cd Bool)
; profile 102: adbc bacd
(declare-const s102_ab Bool) (declare-const s102_ac Bool) (declare-const s102_ad Bool) (declare-const s102_bc Bool) (declare-const s102_bd Bool) (declare-const s102_cd Bool)
; profile 103: adbc badc
(declare-const s103_ab Bool) (declare-const s103_ac Bool) (declare-const s103_ad Bool) (declare-const s103_bc Bool) (declare-const s103_bd Bool) (declare-const s103_cd Bool)
; profile 104: adbc bcad
(declare-const s104_ab Bool) (declare-const s104_ac Bool) (declare-const s104_ad Bool) (declare-const s104_bc Bool) (declare-const s104_bd Bool) (declare-const s104_cd Bool)
; profile 105: adbc bcda
(declare-const s105_ab Bool) (declare-const s105_ac Bool) (declare-const s105_ad Bool) (declare-const s105_bc Bool) (declare-const s105_bd Bool) (declare-const s105_cd Bool)
; profile 106: adbc bdac
(declare-const s106_ab Bool) (declare-const s106_ac Bool) (declare-const s106_ad Bool) (declare-const s106_bc Bool) (declare-const s106_bd Bool) (declare-const s106_cd Bool)
; profile 107: adbc bdca
(declare-const s107_ab Bool) (declare-const s107_ac Bool) (declare-const s107_ad Bool) (declare-const s107_bc Bool) (declare-const s107_bd Bool) (declare-const s107_cd Bool)
; profile 108: adbc cabd
(declare-const s108_ab Bool) (declare-const s108_ac Bool) (declare-const s108_ad Bool) (declare-const s108_bc Bool) (declare-const s108_bd Bool) (declare-const s108_cd Bool)
; profile 109: adbc cadb
(declare-const s109_ab Bool) (declare-const s109_ac Bool) (declare-const s109_ad Bool) (declare-const s109_bc Bool) (declare-const s109_bd Bool) (declare-const s109_cd Bool)
; profile 110: adbc cbad
(declare-const s110_ab Bool) (declare-const s110_ac Bool) (declare-const s110_ad Bool) (declare-const s110_bc Bool) (declare-const s110_bd Bool) (declare-const s110_cd Bool)
; profile 111: adbc cbda
(declare-const s111_ab Bool) (declare-const s111_ac Bool) (declare-const s111_ad Bool) (declare-const s111_bc Bool) (declare-const s111_bd Bool) (declare-const s111_cd Bool)
; profile 112: adbc cdab
(declare-const s112_ab Bool) (declare-const s112_ac Bool) (declare-const s112_ad Bool) (declare-const s112_bc Bool) (declare-const s112_bd Bool) (declare-const s112_cd Bool)
; profile 113: adbc cdba
(declare-const s113_ab Bool) (declare-const s113_ac Bool) (declare-const s113_ad Bool) (declare-const s113_bc Bool) (declare-const s113_bd Bool) (declare-const s113_cd Bool)
; profile 114: adbc dabc
(declare-const s114_ab Bool) (declare-const s114_ac Bool) (declare-const s114_ad Bool) (declare-const s114_bc Bool) (declare-const s114_bd Bool) (declare-const s114_cd Bool)
; profile 115: adbc dacb
(declare-const s115_ab Bool) (declare-const s115_ac Bool) (declare-const s115_ad Bool) (declare-const s115_bc Bool) (declare-const s115_bd Bool) (declare-const s115_cd Bool)
; profile 116: adbc dbac
(declare-const s116_ab Bool) (declare-const s116_ac Bool) (declare-const s116_ad Bool) (declare-const s116_bc Bool) (declare-const s116_bd Bool) (declare-const s116_cd Bool)
; profile 117: adbc dbca
(declare-const s117_ab Bool) (declare-const s117_ac Bool) (declare-const s117_ad Bool) (declare-const s117_bc Bool) (declare-const s117_bd Bool) (declare-const s117_cd Bool)
; profile 118: adbc dcab
(declare-const s118_ab Bool) (declare-const s118_ac Bool) (declare-const s118_ad Bool) (declare-const s118_bc Bool) (declare-const s118_bd Bool) (declare-const s118_cd Bool)
; profile 119: adbc dcba
(declare-const s119_ab Bool) (declare-const s119_ac Bool) (declare-const s119_ad Bool) (declare-const s119_bc Bool) (declare-const s119_bd Bool) (declare-const s119_cd Bool)
; profile 120: adcb abcd
(declare-const s120_ab Bool) (declare-const s120_ac Bool) (declare-const s120_ad Bool) (declare-const s120_bc Bool) (declare-const s120_bd Bool) (declare-const s120_cd Bool)
; profile 121: adcb abdc
(declare-const s121_ab Bool) (declare-const s121_ac Bool) (declare-const s121_ad Bool) (declare-const s121_bc Bool) (declare-const s121_bd Bool) (declare-const s121_cd Bool)
; profile 122: adcb acbd
(declare-const s122_ab Bool) (declare-const s122_ac Bool) (declare-const s122_ad Bool) (declare-const s122_bc Bool) (declare-const s122_bd Bool) (declare-const s122_cd Bool)
; profile 123: adcb acdb
(declare-const s123_ab Bool) (declare-const s123_ac Bool) (declare-const s123_ad Bool) (declare-const s123_bc Bool) (declare-const s123_bd Bool) (declare-const s123_cd Bool)
; profile 124: adcb adbc
(declare-const s124_ab Bool) (declare-const s124_ac Bool) (declare-const s124_ad Bool) (declare-const s124_bc Bool) (declare-const s124_bd Bool) (declare-const s124_cd Bool)
; profile 125: adcb adcb
(declare-const s125_ab Bool) (declare-const s125_ac Bool) (declare-const s125_ad Bool) (declare-const s125_bc Bool) (declare-const s125_bd Bool) (declare-const s125_cd Bool)
; profile 126: adcb bacd
(declare-const s126_ab Bool) (declare-const s126_ac Bool) (declare-const s126_ad Bool) (declare-const s126_bc Bool) (declare-const s126_bd Bool) (declare-const s126_cd Bool)
; profile 127: adcb badc
(declare-const s127_ab Bool) (declare-const s127_ac Bool) (declare-const s127_ad Bool) (declare-const s127_bc Bool) (declare-const s127_bd Bool) (declare-const s127_cd Bool)
; profile 128: adcb bcad
(declare-const s128_ab Bool) (declare-const s128_ac Bool) (declare-const s128_ad Bool) (declare-const s128_bc Bool) (declare-const s128_bd Bool) (declare-const s128_cd Bool)
; profile 129: adcb bcda
(declare-const s129_ab Bool) (declare-const s129_ac Bool) (declare-const s129_ad Bool) (declare-const s129_bc Bool) (declare-const s129_bd Bool) (declare-const s129_cd Bool)
; profile 130: adcb bdac
(declare-const s130_ab Bool) (declare-const s130_ac Bool) (declare-const s130_ad Bool) (declare-const s130_bc Bool) (declare-const s130_bd Bool) (declare-const s130_cd Bool)
; profile 131: adcb bdca
(declare-const s131_ab Bool) (declare-const s131_ac Bool) (declare-const s131_ad Bool) (declare-const s131_bc Bool) (declare-const s131_bd Bool) (declare-const s131_cd Bool)
; profile 132: adcb cabd
(declare-const s132_ab Bool) (declare-const s132_ac Bool) (declare-const s132_ad Bool) (declare-const s132_bc Bool) (declare-const s132_bd Bool) (declare-const s132_cd Bool)
; profile 133: adcb cadb
(declare-const s133_ab Bool) (declare-const s133_ac Bool) (declare-const s133_ad Bool) (declare-const s133_bc Bool) (declare-const s133_bd Bool) (declare-const s133_cd Bool)
; profile 134: adcb cbad
(declare-const s134_ab Bool) (declare-const s134_ac Bool) (declare-const s134_ad Bool) (declare-const s134_bc Bool) (declare-const s134_bd Bool) (declare-const s134_cd Bool)
; profile 135: adcb cbda
(declare-const s135_ab Bool) (declare-const s135_ac Bool) (declare-const s135_ad Bool) (declare-const s135_bc Bool) (declare-const s135_bd Bool) (declare-const s135_cd Bool)
; profile 136: adcb cdab
(declare-const s136_ab Bool) (declare-const s136_ac Bool) (declare-const s136_ad Bool) (declare-const s136_bc Bool) (declare-const s136_bd Bool) (declare-const s136_cd Bool)
; profile 137: adcb cdba
(declare-const s137_ab Bool) (declare-const s137_ac Bool) (declare-const s137_ad Bool) (declare-const s137_bc Bool) (declare-const s137_bd Bool) (declare-const s137_cd Bool)
; profile 138: adcb dabc
(declare-const s138_ab Bool) (declare-const s138_ac Bool) (declare-const s138_ad Bool) (declare-const s138_bc Bool) (declare-const s138_bd Bool) (declare-const s138_cd Bool)
; profile 139: adcb dacb
(declare-const s139_ab Bool) (declare-const s139_ac Bool) (declare-const s139_ad Bool) (declare-const s139_bc Bool) (declare-const s139_bd Bool) (declare-const s139_cd Bool)
; profile 140: adcb dbac
(declare-const s140_ab Bool) (declare-const s140_ac Bool) (declare-const s140_ad Bool) (declare-const s140_bc Bool) (declare-const s140_bd Bool) (declare-const s140_cd Bool)
; profile 141: adcb dbca
(declare-const s141_ab Bool) (declare-const s141_ac Bool) (declare-const s141_ad Bool) (declare-const s141_bc Bool) (declare-const s141_bd Bool) (declare-const s141_cd Bool)
; profile 142: adcb dcab
(declare-const s142_ab Bool) (declare-const s142_ac Bool) (declare-const s142_ad Bool) (declare-const s142_bc Bool) (declare-const s142_bd Bool) (declare-const s142_cd Bool)
; profile 143: adcb dcba
(declare-const s143_ab Bool) (declare-const s143_ac Bool) (declare-const s143_ad Bool) (declare-const s143_bc Bool) (declare-const s143_bd Bool) (declare-const s143_cd Bool)
; profile 144: bacd abcd
(declare-const s144_ab Bool) (declare-const s144_ac Bool) (declare-const s144_ad Bool) (declare-const s144_bc Bool) (declare-const s144_bd Bool) (declare-const s144_cd Bool)
; profile 145: bacd abdc
(declare-const s145_ab Bool) (declare-const s145_ac Bool) (declare-const s145_ad Bool) (declare-const s145_bc Bool) (declare-const s145_bd Bool) (declare-const s145_cd Bool)
; profile 146: bacd acbd
(declare-const s146_ab Bool) (declare-const s146_ac Bool) (declare-const s146_ad Bool) (declare-const s146_bc Bool) (declare-const s146_bd Bool) (declare-const s146_cd Bool)
; profile 147: bacd acdb
(declare-const s147_ab Bool) (declare-const s147_ac Bool) (declare-const s147_ad Bool) (declare-const s147_bc Bool) (declare-const s147_bd Bool) (declare-const s147_cd Bool)
; profile 148: bacd adbc
(declare-const s148_ab Bool) (declare-const s148_ac Bool) (declare-const s148_ad Bool) (declare-const s148_bc Bool) (declare-const s148_bd Bool) (declare-const s148_cd Bool)
; profile 149: bacd adcb
(declare-const s149_ab Bool) (declare-const s149_ac Bool) (declare-const s149_ad Bool) (declare-const s149_bc Bool) (declare-const s149_bd Bool) (declare-const s149_cd Bool)
; profile 150: bacd bacd
(declare-const s150_ab Bool) (declare-const s150_ac Bool) (declare-const s150_ad Bool) (declare-const s150_bc Bool) (declare-const s150_bd Bool) (declare-const s150_cd Bool)
; profile 151: bacd badc
(declare-const s151_ab Bool) (declare-const s151_ac Bool) (declare-const s151_ad Bool) (declare-const s151_bc Bool) (declare-const s151_bd Bool) (declare-const s151_cd Bool)
; profile 152: bacd bcad
(declare-const s152_ab Bool) (declare-const s152_ac Bool) (declare-const s152_ad Bool) (declare-const s152_bc Bool) (declare-const s152_bd Bool) (declare-const s152_cd Bool)
; profile 153: bacd bcda
(declare-const s153_ab Bool) (declare-const s153_ac Bool) (declare-const s153_ad Bool) (declare-const s153_bc Bool) (declare-const s153_bd Bool) (declare-const s153_cd Bool)
; profile 154: bacd bdac
(declare-const s154_ab Bool) (declare-const s154_ac Bool) (declare-const s154_ad Bool) (declare-const s154_bc Bool) (declare-const s154_bd Bool) (declare-const s154_cd Bool)
; profile 155: bacd bdca
(declare-const s155_ab Bool) (declare-const s155_ac Bool) (declare-const s155_ad Bool) (declare-const s155_bc Bool) (declare-const s155_bd Bool) (declare-const s155_cd Bool)
; profile 156: bacd cabd
(declare-const s156_ab Bool) (declare-const s156_ac Bool) (declare-const s156_ad Bool) (declare-const s156_bc Bool) (declare-const s156_bd Bool) (declare-const s156_cd Bool)
; profile 157: bacd cadb
(declare-const s157_ab Bool) (declare-const s157_ac Bool) (declare-const s157_ad Bool) (declare-const s157_bc Bool) (declare-const s157_bd Bool) (declare-const s157_cd Bool)
; profile 158: bacd cbad
(declare-const s158_ab Bool) (declare-const s158_ac Bool) (declare-const s158_ad Bool) (declare-const s158_bc Bool) (declare-const s158_bd Bool) (declare-const s158_cd Bool)
; profile 159: bacd cbda
(declare-const s159_ab Bool) (declare-const s159_ac Bool) (declare-const s159_ad Bool) (declare-const s159_bc Bool) (declare-const s159_bd Bool) (declare-const s159_cd Bool)
; profile 160: bacd cdab
(declare-const s160_ab Bool) (declare-const s160_ac Bool) (declare-const s160_ad Bool) (declare-const s160_bc Bool) (declare-const s160_bd Bool) (declare-const s160_cd Bool)
; profile 161: bacd cdba
(declare-const s161_ab Bool) (declare-const s161_ac Bool) (declare-const s161_ad Bool) (declare-const s161_bc Bool) (declare-const s161_bd Bool) (declare-const s161_cd Bool)
; profile 162: bacd dabc
(declare-const s162_ab Bool) (declare-const s162_ac Bool) (declare-const s162_ad Bool) (declare-const s162_bc Bool) (declare-const s162_bd Bool) (declare-const s162_cd Bool)
; profile 163: bacd dacb
(declare-const s163_ab Bool) (declare-const s163_ac Bool) (declare-const s163_ad Bool) (declare-const s163_bc Bool) (declare-const s163_bd Bool) (declare-const s163_cd Bool)
; profile 164: bacd dbac
(declare-const s164_ab Bool) (declare-const s164_ac Bool) (declare-const s164_ad Bool) (declare-const s164_bc Bool) (declare-const s164_bd Bool) (declare-const s164_cd Bool)
; profile 165: bacd dbca
(declare-const s165_ab Bool) (declare-const s165_ac Bool) (declare-const s165_ad Bool) (declare-const s165_bc Bool) (declare-const s165_bd Bool) (declare-const s165_cd Bool)
; profile 166: bacd dcab
(declare-const s166_ab Bool) (declare-const s166_ac Bool) (declare-const s166_ad Bool) (declare-const s166_bc Bool) (declare-const s166_bd Bool) (declare-const s166_cd Bool)
; profile 167: bacd dcba
(declare-const s167_ab Bool) (declare-const s167_ac Bool) (declare-const s167_ad Bool) (declare-const s167_bc Bool) (declare-const s167_bd Bool) (declare-const s167_cd Bool)
; profile 168: badc abcd
(declare-const s168_ab Bool) (declare-const s168_ac Bool) (declare-const s168_ad Bool) (declare-const s168_bc Bool) (declare-const s168_bd Bool) (declare-const s168_cd Bool)
; profile 169: badc abdc
(declare-const s169_ab Bool) (declare-const s169_ac Bool) (declare-const s169_ad Bool) (declare-const s169_bc Bool) (declare-const s169_bd Bool) (declare-const s169_cd Bool)
; profile 170: badc acbd
(declare-const s170_ab Bool) (declare-const s170_ac Bool) (declare-const s170_ad Bool) (declare-const s170_bc Bool) (declare-const s170_bd Bool) (declare-const s170_cd Bool)
; profile 171: badc acdb
(declare-const s171_ab Bool) (declare-const s171_ac Bool) (declare-const s171_ad Bool) (declare-const s171_bc Bool) (declare-const s171_bd Bool) (declare-const s171_cd Bool)
; profile 172: badc adbc
(declare-const s172_ab Bool) (declare-const s172_ac Bool) (declare-const s172_ad Bool) (declare-const s172_bc Bool) (declare-const s172_bd Bool) (declare-const s172_cd Bool)
; profile 173: badc adcb
(declare-const s173_ab Bool) (declare-const s173_ac Bool) (declare-const s173_ad Bool) (declare-const s173_bc Bool) (declare-const s173_bd Bool) (declare-const s173_cd Bool)
; profile 174: badc bacd
(declare-const s174_ab Bool) (declare-const s174_ac Bool) (declare-const s174_ad Bool) (declare-const s174_bc Bool) (declare-const s174_bd Bool) (declare-const s174_cd Bool)
; profile 175: badc badc
(declare-const s175_ab Bool) (declare-const s175_ac Bool) (declare-const s175_ad Bool) (declare-const s175_bc Bool) (declare-const s175_bd Bool) (declare-const s175_cd Bool)
; profile 176: badc bcad
(declare-const s176_ab Bool) (declare-const s176_ac Bool) (declare-const s176_ad Bool) (declare-const s176_bc Bool) (declare-const s176_bd Bool) (declare-const s176_cd Bool)
; profile 177: badc bcda
(declare-const s177_ab Bool) (declare-const s177_ac Bool) (declare-const s177_ad Bool) (declare-const s177_bc Bool) (declare-const s177_bd Bool) (declare-const s177_cd Bool)
; profile 178: badc bdac
(declare-const s178_ab Bool) (declare-const s178_ac Bool) (declare-const s178_ad Bool) (declare-const s178_bc Bool) (declare-const s178_bd Bool) (declare-const s178_cd Bool)
; profile 179: badc bdca
(declare-const s179_ab Bool) (declare-const s179_ac Bool) (declare-const s179_ad Bool) (declare-const s179_bc Bool) (declare-const s179_bd Bool) (declare-const s179_cd Bool)
; profile 180: badc cabd
(declare-const s180_ab Bool) (declare-const s180_ac Bool) (declare-const s180_ad Bool) (declare-const s180_bc Bool) (declare-const s180_bd Bool) (declare-const s180_cd Bool)
; profile 181: badc cadb
(declare-const s181_ab Bool) (declare-const s181_ac Bool) (declare-const s181_ad Bool) (declare-const s181_bc Bool) (declare-const s181_bd Bool) (declare-const s181_cd Bool)
; profile 182: badc cbad
(declare-const s182_ab Bool) (declare-const s182_ac Bool) (declare-const s182_ad Bool) (declare-const s182_bc Bool) (declare-const s182_bd Bool) (declare-const s182_cd Bool)
; profile 183: badc cbda
(declare-const s183_ab Bool) (declare-const s183_ac Bool) (declare-const s183_ad Bool) (declare-const s183_bc Bool) (declare-const s183_bd Bool) (declare-const s183_cd Bool)
; profile 184: badc cdab
(declare-const s184_ab Bool) (declare-const s184_ac Bool) (declare-const s184_ad Bool) (declare-const s184_bc Bool) (declare-const s184_bd Bool) (declare-const s184_cd Bool)
; profile 185: badc cdba
(declare-const s185_ab Bool) (declare-const s185_ac Bool) (declare-const s185_ad Bool) (declare-const s185_bc Bool) (declare-const s185_bd Bool) (declare-const s185_cd Bool)
; profile 186: badc dabc
(declare-const s186_ab Bool) (declare-const s186_ac Bool) (declare-const s186_ad Bool) (declare-const s186_bc Bool) (declare-const s186_bd Bool) (declare-const s186_cd Bool)
; profile 187: badc dacb
(declare-const s187_ab Bool) (declare-const s187_ac Bool) (declare-const s187_ad Bool) (declare-const s187_bc Bool) (declare-const s187_bd Bool) (declare-const s187_cd Bool)
; profile 188: badc dbac
(declare-const s188_ab Bool) (declare-const s188_ac Bool) (declare-const s188_ad Bool) (declare-const s188_bc Bool) (declare-const s188_bd Bool) (declare-const s188_cd Bool)
; profile 189: badc dbca
(declare-const s189_ab Bool) (declare-const s189_ac Bool) (declare-const s189_ad Bool) (declare-const s189_bc Bool) (declare-const s189_bd Bool) (declare-const s189_cd Bool)
; profile 190: badc dcab
(declare-const s190_ab Bool) (declare-const s190_ac Bool) (declare-const s190_ad Bool) (declare-const s190_bc Bool) (declare-const s190_bd Bool) (declare-const s190_cd Bool)
; profile 191: badc dcba
(declare-const s191_ab Bool) (declare-const s191_ac Bool) (declare-const s191_ad Bool) (declare-const s191_bc Bool) (declare-const s191_bd Bool) (declare-const s191_cd Bool)
; profile 192: bcad abcd
(declare-const s192_ab Bool) (declare-const s192_ac Bool) (declare-const s192_ad Bool) (declare-const s192_bc Bool) (declare-const s192_bd Bool) (declare-const s192_cd Bool)
; profile 193: bcad abdc
(declare-const s193_ab Bool) (declare-const s193_ac Bool) (declare-const s193_ad Bool) (declare-const s193_bc Bool) (declare-const s193_bd Bool) (declare-const s193_cd Bool)
; profile 194: bcad acbd
(declare-const s194_ab Bool) (declare-const s194_ac Bool) (declare-const s194_ad Bool) (declare-const s194_bc Bool) (declare-const s194_bd Bool) (declare-const s194_cd Bool)
; profile 195: bcad acdb
(declare-const s195_ab Bool) (declare-const s195_ac Bool) (declare-const s195_ad Bool) (declare-const s195_bc Bool) (declare-const s195_bd Bool) (declare-const s195_cd Bool)
; profile 196: bcad adbc
(declare-const s196_ab Bool) (declare-const s196_ac Bool) (declare-const s196_ad Bool) (declare-const s196_bc Bool) (declare-const s196_bd Bool) (declare-const s196_cd Bool)
; profile 197: bcad adcb
(declare-const s197_ab Bool) (declare-const s197_ac Bool) (declare-const s197_ad Bool) (declare-const s197_bc Bool) (declare-const s197_bd Bool) (declare-const s197_cd Bool)
; profile 198: bcad bacd
(declare-const s198_ab Bool) (declare-const s198_ac Bool) (declare-const s198_ad Bool) (declare-const s198_bc Bool) (declare-const s198_bd Bool) (declare-const s198_cd Bool)
; profile 199: bcad badc
(declare-const s199_ab Bool) (declare-const s199_ac Bool) (declare-const s199_ad Bool) (declare-const s199_bc Bool) (declare-const s199_bd Bool) (declare-const s199_cd Bool)
; profile 200: bcad bcad
(declare-const s200_ab Bool) (declare-const s200_ac Bool) (declare-const s200_ad Bool) (declare-const s200_bc Bool) (declare-const s200_bd Bool) (declare-const s200_cd Bool)
; profile 201: bcad bcda
(declare-const s201_ab Bool) (declare-const s201_ac Bool) (declare-const s201_ad Bool) (declare-const s201_bc Bool) (declare-const s201_bd Bool) (declare-const s201_cd Bool)
; profile 202: bcad bdac
(declare-const s202_ab Bool) (declare-const s202_ac Bool) (declare-const s202_ad Bool) (declare-const s202_bc Bool) (declare-const s202_bd Bool) (declare-const s202_cd Bool)
; profile 203: bcad bdca
(declare-const s203_ab Bool) (declare-const s203_ac Bool) (declare-const s203_ad Bool) (declare-const s203_bc Bool) (declare-const s203_bd Bool) (declare-const s203_cd Bool)
; profile 204: bcad cabd
(declare-const s204_ab Bool) (declare-const s204_ac Bool) (declare-const s204_ad Bool) (declare-const s204_bc Bool) (declare-const s204_bd Bool) (declare-const s204_cd Bool)
; profile 205: bcad cadb
(declare-const s205_ab Bool) (declare-const s205_ac Bool) (declare-const s205_ad Bool) (declare-const s205_bc Bool) (declare-const s205_bd Bool) (declare-const s205_cd Bool)
; profile 206: bcad cbad
(declare-const s206_ab Bool) (declare-const s206_ac Bool) (declare-const s206_ad Bool) (declare-const s206_bc Bool) (declare-const s206_bd Bool) (declare-const s206_cd Bool)
; profile 207: bcad cbda
(declare-const s207_ab Bool) (declare-const s207_ac Bool) (declare-const s207_ad Bool) (declare-const s207_bc Bool) (declare-const s207_bd Bool) (declare-const s207_cd Bool)
; profile 208: bcad cdab
(declare-const s208_ab Bool) (declare-const s208_ac Bool) (declare-const s208_ad Bool) (declare-const s208_bc Bool) (declare-const s208_bd Bool) (declare-const s208_cd Bool)
; profile 209: bcad cdba
(declare-const s209_ab Bool) (declare-const s209_ac Bool) (declare-const s209_ad Bool) (declare-const s209_bc Bool) (declare-const s209_bd Bool) (declare-const s209_cd Bool)
; profile 210: bcad dabc
(declare-const s210_ab Bool) (declare-const s210_ac Bool) (declare-const s210_ad Bool) (declare-const s210_bc Bool) (declare-const s210_bd Bool) (declare-const s210_cd Bool)
; profile 211: bcad dacb
(declare-const s211_ab Bool) (declare-const s211_ac Bool) (declare-const s211_ad Bool) (declare-const s211_bc Bool) (declare-const s211_bd Bool) (declare-const s211_cd Bool)
; profile 212: bcad dbac
(declare-const s212_ab Bool) (declare-const s212_ac Bool) (declare-const s212_ad Bool) (declare-const s212_bc Bool) (declare-const s212_bd Bool) (declare-const s212_cd Bool)
; profile 213: bcad dbca
(declare-const s213_ab Bool) (declare-const s213_ac Bool) (declare-const s213_ad Bool) (declare-const s213_bc Bool) (declare-const s213_bd Bool) (declare-const s213_cd Bool)
; profile 214: bcad dcab
(declare-const s214_ab Bool) (declare-const s214_ac Bool) (declare-const s214_ad Bool) (declare-const s214_bc Bool) (declare-const s214_bd Bool) (declare-const s214_cd Bool)
; profile 215: bcad dcba
(declare-const s215_ab Bool) (declare-const s215_ac Bool) (declare-const s215_ad Bool) (declare-const s215_bc Bool) (declare-const s215_bd Bool) (declare-const s215_cd Bool)
; profile 216: bcda abcd
(declare-const s216_ab Bool) (declare-const s216_ac Bool) (declare-const s216_ad Bool) (declare-const s216_bc Bool) (declare-const s216_bd Bool) (declare-const s216_cd Bool)
; profile 217: bcda abdc
(declare-const s217_ab Bool) (declare-const s217_ac Bool) (declare-const s217_ad Bool) (declare-const s217_bc Bool) (declare-const s217_bd Bool) (declare-const s217_cd Bool)
; profile 218: bcda acbd
(declare-const s218_ab Bool) (declare-const s218_ac Bool) (declare-const s218_ad Bool) (declare-const s218_bc Bool) (declare-const s218_bd Bool) (declare-const s218_cd Bool)
; profile 219: bcda acdb
(declare-const s219_ab Bool) (declare-const s219_ac Bool) (declare-const s219_ad Bool) (declare-const s219_bc Bool) (declare-const s219_bd Bool) (declare-const s219_cd Bool)
; profile 220: bcda adbc
(declare-const s220_ab Bool) (declare-const s220_ac Bool) (declare-const s220_ad Bool) (declare-const s220_bc Bool) (declare-const s220_bd Bool) (declare-const s220_cd Bool)
; profile 221: bcda adcb
(declare-const s221_ab Bool) (declare-const s221_ac Bool) (declare-const s221_ad Bool) (declare-const s221_bc Bool) (declare-const s221_bd Bool) (declare-const s221_cd Bool)
; profile 222: bcda bacd
(declare-const s222_ab Bool) (declare-const s222_ac Bool) (declare-const s222_ad Bool) (declare-const s222_bc Bool) (declare-const s222_bd Bool) (declare-const s222_cd Bool)
; profile 223: bcda badc
(declare-const s223_ab Bool) (declare-const s223_ac Bool) (declare-const s223_ad Bool) (declare-const s223_bc Bool) (declare-const s223_bd Bool) (declare-const s223_cd Bool)
; profile 224: bcda bcad
(declare-const s224_ab Bool) (declare-const s224_ac Bool) (declare-const s224_ad Bool) (declare-const s224_bc Bool) (declare-const s224_bd Bool) (declare-const s224_cd Bool)
; profile 225: bcda bcda
(declare-const s225_ab Bool) (declare-const s225_ac Bool) (declare-const s225_ad Bool) (declare-const s225_bc Bool) (declare-const s225_bd Bool) (declare-const s225_cd Bool)
; profile 226: bcda bdac
(declare-const s226_ab Bool) (declare-const s226_ac Bool) (declare-const s226_ad Bool) (declare-const s226_bc Bool) (declare-const s226_bd Bool) (declare-const s226_cd Bool)
; profile 227: bcda bdca
(declare-const s227_ab Bool) (declare-const s227_ac Bool) (declare-const s227_ad Bool) (declare-const s227_bc Bool) (declare-const s227_bd Bool) (declare-const s227_cd Bool)
; profile 228: bcda cabd
(declare-const s228_ab Bool) (declare-const s228_ac Bool) (declare-const s228_ad Bool) (declare-const s228_bc Bool) (declare-const s228_bd Bool) (declare-const s228_cd Bool)
; profile 229: bcda cadb
(declare-const s229_ab Bool) (declare-const s229_ac Bool) (declare-const s229_ad Bool) (declare-const s229_bc Bool) (declare-const s229_bd Bool) (declare-const s229_cd Bool)
; profile 230: bcda cbad
(declare-const s230_ab Bool) (declare-const s230_ac Bool) (declare-const s230_ad Bool) (declare-const s230_bc Bool) (declare-const s230_bd Bool) (declare-const s230_cd Bool)
; profile 231: bcda cbda
(declare-const s231_ab Bool) (declare-const s231_ac Bool) (declare-const s231_ad Bool) (declare-const s231_bc Bool) (declare-const s231_bd Bool) (declare-const s231_cd Bool)
; profile 232: bcda cdab
(declare-const s232_ab Bool) (declare-const s232_ac Bool) (declare-const s232_ad Bool) (declare-const s232_bc Bool) (declare-const s232_bd Bool) (declare-const s232_cd Bool)
; profile 233: bcda cdba
(declare-const s233_ab Bool) (declare-const s233_ac Bool) (declare-const s233_ad Bool) (declare-const s233_bc Bool) (declare-const s233_bd Bool) (declare-const s233_cd Bool)
; profile 234: bcda dabc
(declare-const s234_ab Bool) (declare-const s234_ac Bool) (declare-const s234_ad Bool) (declare-const s234_bc Bool) (declare-const s234_bd Bool) (declare-const s234_cd Bool)
; profile 235: bcda dacb
(declare-const s235_ab Bool) (declare-const s235_ac Bool) (declare-const s235_ad Bool) (declare-const s235_bc Bool) (declare-const s235_bd Bool) (declare-const s235_cd Bool)
; profile 236: bcda dbac
(declare-const s236_ab Bool) (declare-const s236_ac Bool) (declare-const s236_ad Bool) (declare-const s236_bc Bool) (declare-const s236_bd Bool) (declare-const s236_cd Bool)
; profile 237: bcda dbca
(declare-const s237_ab Bool) (declare-const s237_ac Bool) (declare-const s237_ad Bool) (declare-const s237_bc Bool) (declare-const s237_bd Bool) (declare-const s237_cd Bool)
; profile 238: bcda dcab
(declare-const s238_ab Bool) (declare-const s238_ac Bool) (declare-const s238_ad Bool) (declare-const s238_bc Bool) (declare-const s238_bd Bool) (declare-const s238_cd Bool)
; profile 239: bcda dcba
(declare-const s239_ab Bool) (declare-const s239_ac Bool) (declare-const s239_ad Bool) (declare-const s239_bc Bool) (declare-const s239_bd Bool) (declare-const s239_cd Bool)
; profile 240: bdac abcd
(declare-const s240_ab Bool) (declare-const s240_ac Bool) (declare-const s240_ad Bool) (declare-const s240_bc Bool) (declare-const s240_bd Bool) (declare-const s240_cd Bool)
; profile 241: bdac abdc
(declare-const s241_ab Bool) (declare-const s241_ac Bool) (declare-const s241_ad Bool) (declare-const s241_bc Bool) (declare-const s241_bd Bool) (declare-const s241_cd Bool)
; profile 242: bdac acbd
(declare-const s242_ab Bool) (declare-const s242_ac Bool) (declare-const s242_ad Bool) (declare-const s242_bc Bool) (declare-const s242_bd Bool) (declare-const s242_cd Bool)
; profile 243: bdac acdb
(declare-const s243_ab Bool) (declare-const s243_ac Bool) (declare-const s243_ad Bool) (declare-const s243_bc Bool) (declare-const s243_bd Bool) (declare-const s243_cd Bool)
; profile 244: bdac adbc
(declare-const s244_ab Bool) (declare-const s244_ac Bool) (declare-const s244_ad Bool) (declare-const s244_bc Bool) (declare-const s244_bd Bool) (declare-const s244_cd Bool)
; profile 245: bdac adcb
(declare-const s245_ab Bool) (declare-const s245_ac Bool) (declare-const s245_ad Bool) (declare-const s245_bc Bool) (declare-const s245_bd Bool) (declare-const s245_cd Bool)
; profile 246: bdac bacd
(declare-const s246_ab Bool) (declare-const s246_ac Bool) (declare-const s246_ad Bool) (declare-const s246_bc Bool) (declare-const s246_bd Bool) (declare-const s246_cd Bool)
; profile 247: bdac badc
(declare-const s247_ab Bool) (declare-const s247_ac Bool) (declare-const s247_ad Bool) (declare-const s247_bc Bool) (declare-const s247_bd Bool) (declare-const s247_cd Bool)
; profile 248: bdac bcad
(declare-const s248_ab Bool) (declare-const s248_ac Bool) (declare-const s248_ad Bool) (declare-const s248_bc Bool) (declare-const s248_bd Bool) (declare-const s248_cd Bool)
; profile 249: bdac bcda
(declare-const s249_ab Bool) (declare-const s249_ac Bool) (declare-const s249_ad Bool) (declare-const s249_bc Bool) (declare-const s249_bd Bool) (declare-const s249_cd Bool)
; profile 250: bdac bdac
(declare-const s250_ab Bool) (declare-const s250_ac Bool) (declare-const s250_ad Bool) (declare-const s250_bc Bool) (declare-const s250_bd Bool) (declare-const s250_cd Bool)
; profile 251: bdac bdca
(declare-const s251_ab Bool) (declare-const s251_ac Bool) (declare-const s251_ad Bool) (declare-const s251_bc Bool) (declare-const s251_bd Bool) (declare-const s251_cd Bool)
; profile 252: bdac cabd
(declare-const s252_ab Bool) (declare-const s252_ac Bool) (declare-const s252_ad Bool) (declare-const s252_bc Bool) (declare-const s252_bd Bool) (declare-const s252_cd Bool)
; profile 253: bdac cadb
(declare-const s253_ab Bool) (declare-const s253_ac Bool) (declare-const s253_ad Bool) (declare-const s253_bc Bool) (declare-const s253_bd Bool) (declare-const s253_cd Bool)
; profile 254: bdac cbad
(declare-const s254_ab Bool) (declare-const s254_ac Bool) (declare-const s254_ad Bool) (declare-const s254_bc Bool) (declare-const s254_bd Bool) (declare-const s254_cd Bool)
; profile 255: bdac cbda
(declare-const s255_ab Bool) (declare-const s255_ac Bool) (declare-const s255_ad Bool) (declare-const s255_bc Bool) (declare-const s255_bd Bool) (declare-const s255_cd Bool)
; profile 256: bdac cdab
(declare-const s256_ab Bool) (declare-const s256_ac Bool) (declare-const s256_ad Bool) (declare-const s256_bc Bool) (declare-const s256_bd Bool) (declare-const s256_cd Bool)
; profile 257: bdac cdba
(declare-const s257_ab Bool) (declare-const s257_ac Bool) (declare-const s257_ad Bool) (declare-const s257_bc Bool) (declare-const s257_bd Bool) (declare-const s257_cd Bool)
; profile 258: bdac dabc
(declare-const s258_ab Bool) (declare-const s258_ac Bool) (declare-const s258_ad Bool) (declare-const s258_bc Bool) (declare-const s258_bd Bool) (declare-const s258_cd Bool)
; profile 259: bdac dacb
(declare-const s259_ab Bool) (declare-const s259_ac Bool) (declare-const s259_ad Bool) (declare-const s259_bc Bool) (declare-const s259_bd Bool) (declare-const s259_cd Bool)
; profile 260: bdac dbac
(declare-const s260_ab Bool) (declare-const s260_ac Bool) (declare-const s260_ad Bool) (declare-const s260_bc Bool) (declare-const s260_bd Bool) (declare-const s260_cd Bool)
; profile 261: bdac dbca
(declare-const s261_ab Bool) (declare-const s261_ac Bool) (declare-const s261_ad Bool) (declare-const s261_bc Bool) (declare-const s261_bd Bool) (declare-const s261_cd Bool)
; profile 262: bdac dcab
(declare-const s262_ab Bool) (declare-const s262_ac Bool) (declare-const s262_ad Bool) (declare-const s262_bc Bool) (declare-const s262_bd Bool) (declare-const s262_cd Bool)
; profile 263: bdac dcba
(declare-const s263_ab Bool) (declare-const s263_ac Bool) (declare-const s263_ad Bool) (declare-const s263_bc Bool) (declare-const s263_bd Bool) (declare-const s263_cd Bool)
; profile 264: bdca abcd
(declare-const s264_ab Bool) (declare-const s264_ac Bool) (declare-const s264_ad Bool) (declare-const s264_bc Bool) (declare-const s264_bd Bool) (declare-const s264_cd Bool)
; profile 265: bdca abdc
(declare-const s265_ab Bool) (declare-const s265_ac Bool) (declare-const s265_ad Bool) (declare-const s265_bc Bool) (declare-const s265_bd Bool) (declare-const s265_cd Bool)
; profile 266: bdca acbd
(declare-const s266_ab Bool) (declare-const s266_ac Bool) (declare-const s266_ad Bool) (declare-const s266_bc Bool) (declare-const s266_bd Bool) (declare-const s266_cd Bool)
; profile 267: bdca acdb
(declare-const s267_ab Bool) (declare-const s267_ac Bool) (declare-const s267_ad Bool) (declare-const s267_bc Bool) (declare-const s267_bd Bool) (declare-const s267_cd Bool)
; profile 268: bdca adbc
(declare-const s268_ab Bool) (declare-const s268_ac Bool) (declare-const s268_ad Bool) (declare-const s268_bc Bool) (declare-const s268_bd Bool) (declare-const s268_cd Bool)
; profile 269: bdca adcb
(declare-const s269_ab Bool) (declare-const s269_ac Bool) (declare-const s269_ad Bool) (declare-const s269_bc Bool) (declare-const s269_bd Bool) (declare-const s269_cd Bool)
; profile 270: bdca bacd
(declare-const s270_ab Bool) (declare-const s270_ac Bool) (declare-const s270_ad Bool) (declare-const s270_bc Bool) (declare-const s270_bd Bool) (declare-const s270_cd Bool)
; profile 271: bdca badc
(declare-const s271_ab Bool) (declare-const s271_ac Bool) (declare-const s271_ad Bool) (declare-const s271_bc Bool) (declare-const s271_bd Bool) (declare-const s271_cd Bool)
; profile 272: bdca bcad
(declare-const s272_ab Bool) (declare-const s272_ac Bool) (declare-const s272_ad Bool) (declare-const s272_bc Bool) (declare-const s272_bd Bool) (declare-const s272_cd Bool)
; profile 273: bdca bcda
(declare-const s273_ab Bool) (declare-const s273_ac Bool) (declare-const s273_ad Bool) (declare-const s273_bc Bool) (declare-const s273_bd Bool) (declare-const s273_cd Bool)
; profile 274: bdca bdac
(declare-const s274_ab Bool) (declare-const s274_ac Bool) (declare-const s274_ad Bool) (declare-const s274_bc Bool) (declare-const s274_bd Bool) (declare-const s274_cd Bool)
; profile 275: bdca bdca
(declare-const s275_ab Bool) (declare-const s275_ac Bool) (declare-const s275_ad Bool) (declare-const s275_bc Bool) (declare-const s275_bd Bool) (declare-const s275_cd Bool)
; profile 276: bdca cabd
(declare-const s276_ab Bool) (declare-const s276_ac Bool) (declare-const s276_ad Bool) (declare-const s276_bc Bool) (declare-const s276_bd Bool) (declare-const s276_cd Bool)
; profile 277: bdca cadb
(declare-const s277_ab Bool) (declare-const s277_ac Bool) (declare-const s277_ad Bool) (declare-const s277_bc Bool) (declare-const s277_bd Bool) (declare-const s277_cd Bool)
; profile 278: bdca cbad
(declare-const s278_ab Bool) (declare-const s278_ac Bool) (declare-const s278_ad Bool) (declare-const s278_bc Bool) (declare-const s278_bd Bool) (declare-const s278_cd Bool)
; profile 279: bdca cbda
(declare-const s279_ab Bool) (declare-const s279_ac Bool) (declare-const s279_ad Bool) (declare-const s279_bc Bool) (declare-const s279_bd Bool) (declare-const s279_cd Bool)
; profile 280: bdca cdab
(declare-const s280_ab Bool) (declare-const s280_ac Bool) (declare-const s280_ad Bool) (declare-const s280_bc Bool) (declare-const s280_bd Bool) (declare-const s280_cd Bool)
; profile 281: bdca cdba
(declare-const s281_ab Bool) (declare-const s281_ac Bool) (declare-const s281_ad Bool) (declare-const s281_bc Bool) (declare-const s281_bd Bool) (declare-const s281_cd Bool)
; profile 282: bdca dabc
(declare-const s282_ab Bool) (declare-const s282_ac Bool) (declare-const s282_ad Bool) (declare-const s282_bc Bool) (declare-const s282_bd Bool) (declare-const s282_cd Bool)
; profile 283: bdca dacb
(declare-const s283_ab Bool) (declare-const s283_ac Bool) (declare-const s283_ad Bool) (declare-const s283_bc Bool) (declare-const s283_bd Bool) (declare-const s283_cd Bool)
; profile 284: bdca dbac
(declare-const s284_ab Bool) (declare-const s284_ac Bool) (declare-const s284_ad Bool) (declare-const s284_bc Bool) (declare-const s284_bd Bool) (declare-const s284_cd Bool)
; profile 285: bdca dbca
(declare-const s285_ab Bool) (declare-const s285_ac Bool) (declare-const s285_ad Bool) (declare-const s285_bc Bool) (declare-const s285_bd Bool) (declare-const s285_cd Bool)
; profile 286: bdca dcab
(declare-const s286_ab Bool) (declare-const s286_ac Bool) (declare-const s286_ad Bool) (declare-const s286_bc Bool) (declare-const s286_bd Bool) (declare-const s286_cd Bool)
; profile 287: bdca dcba
(declare-const s287_ab Bool) (declare-const s287_ac Bool) (declare-const s287_ad Bool) (declare-const s287_bc Bool) (declare-const s287_bd Bool) (declare-const s287_cd Bool)
; profile 288: cabd abcd
(declare-const s288_ab Bool) (declare-const s288_ac Bool) (declare-const s288_ad Bool) (declare-const s288_bc Bool) (declare-const s288_bd Bool) (declare-const s288_cd Bool)
; profile 289: cabd abdc
(declare-const s289_ab Bool) (declare-const s289_ac Bool) (declare-const s289_ad Bool) (declare-const s289_bc Bool) (declare-const s289_bd Bool) (declare-const s289_cd Bool)
; profile 290: cabd acbd
(declare-const s290_ab Bool) (declare-const s290_ac Bool) (declare-const s290_ad Bool) (declare-const s290_bc Bool) (declare-const s290_bd Bool) (declare-const s290_cd Bool)
; profile 291: cabd acdb
(declare-const s291_ab Bool) (declare-const s291_ac Bool) (declare-const s291_ad Bool) (declare-const s291_bc Bool) (declare-const s291_bd Bool) (declare-const s291_cd Bool)
; profile 292: cabd adbc
(declare-const s292_ab Bool) (declare-const s292_ac Bool) (declare-const s292_ad Bool) (declare-const s292_bc Bool) (declare-const s292_bd Bool) (declare-const s292_cd Bool)
; profile 293: cabd adcb
(declare-const s293_ab Bool) (declare-const s293_ac Bool) (declare-const s293_ad Bool) (declare-const s293_bc Bool) (declare-const s293_bd Bool) (declare-const s293_cd Bool)
; profile 294: cabd bacd
(declare-const s294_ab Bool) (declare-const s294_ac Bool) (declare-const s294_ad Bool) (declare-const s294_bc Bool) (declare-const s294_bd Bool) (declare-const s294_cd Bool)
; profile 295: cabd badc
(declare-const s295_ab Bool) (declare-const s295_ac Bool) (declare-const s295_ad Bool) (declare-const s295_bc Bool) (declare-const s295_bd Bool) (declare-const s295_cd Bool)
; profile 296: cabd bcad
(declare-const s296_ab Bool) (declare-const s296_ac Bool) (declare-const s296_ad Bool) (declare-const s296_bc Bool) (declare-const s296_bd Bool) (declare-const s296_cd Bool)
; profile 297: cabd bcda
(declare-const s297_ab Bool) (declare-const s297_ac Bool) (declare-const s297_ad Bool) (declare-const s297_bc Bool) (declare-const s297_bd Bool) (declare-const s297_cd Bool)
; profile 298: cabd bdac
(declare-const s298_ab Bool) (declare-const s298_ac Bool) (declare-const s298_ad Bool) (declare-const s298_bc Bool) (declare-const s298_bd Bool) (declare-const s298_cd Bool)
; profile 299: cabd bdca
(declare-const s299_ab Bool) (declare-const s299_ac Bool) (declare-const s299_ad Bool) (declare-const s299_bc Bool) (declare-const s299_bd Bool) (declare-const s299_cd Bool)
; profile 300: cabd cabd
(declare-const s300_ab Bool) (declare-const s300_ac Bool) (declare-const s300_ad Bool) (declare-const s300_bc Bool) (declare-const s300_bd Bool) (declare-const s300_cd Bool)
; profile 301: cabd cadb
(declare-const s301_ab Bool) (declare-const s301_ac Bool) (declare-const s301_ad Bool) (declare-const s301_bc Bool) (declare-const s301_bd Bool) (declare-const s301_cd Bool)
; profile 302: cabd cbad
(declare-const s302_ab Bool) (declare-const s302_ac Bool) (declare-const s302_ad Bool) (declare-const s302_bc Bool) (declare-const s302_bd Bool) (declare-const s302_cd Bool)
; profile 303: cabd cbda
(declare-const s303_ab Bool) (declare-const s303_ac Bool) (declare-const s303_ad Bool) (declare-const s303_bc Bool) (declare-const s303_bd Bool) (declare-const s303_cd Bool)
; profile 304: cabd cdab
(declare-const s304_ab Bool) (declare-const s304_ac Bool) (declare-const s304_ad Bool) (declare-const s304_bc Bool) (declare-const s304_bd Bool) (declare-const s304_cd Bool)
; profile 305: cabd cdba
(declare-const s305_ab Bool) (declare-const s305_ac Bool) (declare-const s305_ad Bool) (declare-const s305_bc Bool) (declare-const s305_bd Bool) (declare-const s305_cd Bool)
; profile 306: cabd dabc
(declare-const s306_ab Bool) (declare-const s306_ac Bool) (declare-const s306_ad Bool) (declare-const s306_bc Bool) (declare-const s306_bd Bool) (declare-const s306_cd Bool)
; profile 307: cabd dacb
(declare-const s307_ab Bool) (declare-const s307_ac Bool) (declare-const s307_ad Bool) (declare-const s307_bc Bool) (declare-const s307_bd Bool) (declare-const s307_cd Bool)
; profile 308: cabd dbac
(declare-const s308_ab Bool) (declare-const s308_ac Bool) (declare-const s308_ad Bool) (declare-const s308_bc Bool) (declare-const s308_bd Bool) (declare-const s308_cd Bool)
; profile 309: cabd dbca
(declare-const s309_ab Bool) (declare-const s309_ac Bool) (declare-const s309_ad Bool) (declare-const s309_bc Bool) (declare-const s309_bd Bool) (declare-const s309_cd Bool)
; profile 310: cabd dcab
(declare-const s310_ab Bool) (declare-const s310_ac Bool) (declare-const s310_ad Bool) (declare-const s310_bc Bool) (declare-const s310_bd Bool) (declare-const s310_cd Bool)
; profile 311: cabd dcba
(declare-const s311_ab Bool) (declare-const s311_ac Bool) (declare-const s311_ad Bool) (declare-const s311_bc Bool) (declare-const s311_bd Bool) (declare-const s311_cd Bool)
; profile 312: cadb abcd
(declare-const s312_ab Bool) (declare-const s312_ac Bool) (declare-const s312_ad Bool) (declare-const s312_bc Bool) (declare-const s312_bd Bool) (declare-const s312_cd Bool)
; profile 313: cadb abdc
(declare-const s313_ab Bool) (declare-const s313_ac Bool) (declare-const s313_ad Bool) (declare-const s313_bc Bool) (declare-const s313_bd Bool) (declare-const s313_cd Bool)
; profile 314: cadb acbd
(declare-const s314_ab Bool) (declare-const s314_ac Bool) (declare-const s314_ad Bool) (declare-const s314_bc Bool) (declare-const s314_bd Bool) (declare-const s314_cd Bool)
; profile 315: cadb acdb
(declare-const s315_ab Bool) (declare-const s315_ac Bool) (declare-const s315_ad Bool) (declare-const s315_bc Bool) (declare-const s315_bd Bool) (declare-const s315_cd Bool)
; profile 316: cadb adbc
(declare-const s316_ab Bool) (declare-const s316_ac Bool) (declare-const s316_ad Bool) (declare-const s316_bc Bool) (declare-const s316_bd Bool) (declare-const s316_cd Bool)
; profile 317: cadb adcb
(declare-const s317_ab Bool) (declare-const s317_ac Bool) (declare-const s317_ad Bool) (declare-const s317_bc Bool) (declare-const s317_bd Bool) (declare-const s317_cd Bool)
; profile 318: cadb bacd
(declare-const s318_ab Bool) (declare-const s318_ac Bool) (declare-const s318_ad Bool) (declare-const s318_bc Bool) (declare-const s318_bd Bool) (declare-const s318_cd Bool)
; profile 319: cadb badc
(declare-const s319_ab Bool) (declare-const s319_ac Bool) (declare-const s319_ad Bool) (declare-const s319_bc Bool) (declare-const s319_bd Bool) (declare-const s319_cd Bool)
; profile 320: cadb bcad
(declare-const s320_ab Bool) (declare-const s320_ac Bool) (declare-const s320_ad Bool) (declare-const s320_bc Bool) (declare-const s320_bd Bool) (declare-const s320_cd Bool)
; profile 321: cadb bcda
(declare-const s321_ab Bool) (declare-const s321_ac Bool) (declare-const s321_ad Bool) (declare-const s321_bc Bool) (declare-const s321_bd Bool) (declare-const s321_cd Bool)
; profile 322: cadb bdac
(declare-const s322_ab Bool) (declare-const s322_ac Bool) (declare-const s322_ad Bool) (declare-const s322_bc Bool) (declare-const s322_bd Bool) (declare-const s322_cd Bool)
; profile 323: cadb bdca
(declare-const s323_ab Bool) (declare-const s323_ac Bool) (declare-const s323_ad Bool) (declare-const s323_bc Bool) (declare-const s323_bd Bool) (declare-const s323_cd Bool)
; profile 324: cadb cabd
(declare-const s324_ab Bool) (declare-const s324_ac Bool) (declare-const s324_ad Bool) (declare-const s324_bc Bool) (declare-const s324_bd Bool) (declare-const s324_cd Bool)
; profile 325: cadb cadb
(declare-const s325_ab Bool) (declare-const s325_ac Bool) (declare-const s325_ad Bool) (declare-const s325_bc Bool) (declare-const s325_bd Bool) (declare-const s325_cd Bool)
; profile 326: cadb cbad
(declare-const s326_ab Bool) (declare-const s326_ac Bool) (declare-const s326_ad Bool) (declare-const s326_bc Bool) (declare-const s326_bd Bool) (declare-const s326_cd Bool)
; profile 327: cadb cbda
(declare-const s327_ab Bool) (declare-const s327_ac Bool) (declare-const s327_ad Bool) (declare-const s327_bc Bool) (declare-const s327_bd Bool) (declare-const s327_cd Bool)
; profile 328: cadb cdab
(declare-const s328_ab Bool) (declare-const s328_ac Bool) (declare-const s328_ad Bool) (declare-const s328_bc Bool) (declare-const s328_bd Bool) (declare-const s328_cd Bool)
; profile 329: cadb cdba
(declare-const s329_ab Bool) (declare-const s329_ac Bool) (declare-const s329_ad Bool) (declare-const s329_bc Bool) (declare-const s329_bd Bool) (declare-const s329_cd Bool)
; profile 330: cadb dabc
(declare-const s330_ab Bool) (declare-const s330_ac Bool) (declare-const s330_ad Bool) (declare-const s330_bc Bool) (declare-const s330_bd Bool) (declare-const s330_cd Bool)
; profile 331: cadb dacb
(declare-const s331_ab Bool) (declare-const s331_ac Bool) (declare-const s331_ad Bool) (declare-const s331_bc Bool) (declare-const s331_bd Bool) (declare-const s331_cd Bool)
; profile 332: cadb dbac
(declare-const s332_ab Bool) (declare-const s332_ac Bool) (declare-const s332_ad Bool) (declare-const s332_bc Bool) (declare-const s332_bd Bool) (declare-const s332_cd Bool)
; profile 333: cadb dbca
(declare-const s333_ab Bool) (declare-const s333_ac Bool) (declare-const s333_ad Bool) (declare-const s333_bc Bool) (declare-const s333_bd Bool) (declare-const s333_cd Bool)
; profile 334: cadb dcab
(declare-const s334_ab Bool) (declare-const s334_ac Bool) (declare-const s334_ad Bool) (declare-const s334_bc Bool) (declare-const s334_bd Bool) (declare-const s334_cd Bool)
; profile 335: cadb dcba
(declare-const s335_ab Bool) (declare-const s335_ac Bool) (declare-const s335_ad Bool) (declare-const s335_bc Bool) (declare-const s335_bd Bool) (declare-const s335_cd Bool)
; profile 336: cbad abcd
(declare-const s336_ab Bool) (declare-const s336_ac Bool) (declare-const s336_ad Bool) (declare-const s336_bc Bool) (declare-const s336_bd Bool) (declare-const s336_cd Bool)
; profile 337: cbad abdc
(declare-const s337_ab Bool) (declare-const s337_ac Bool) (declare-const s337_ad Bool) (declare-const s337_bc Bool) (declare-const s337_bd Bool) (declare-const s337_cd Bool)
; profile 338: cbad acbd
(declare-const s338_ab Bool) (declare-const s338_ac Bool) (declare-const s338_ad Bool) (declare-const s338_bc Bool) (declare-const s338_bd Bool) (declare-const s338_cd Bool)
; profile 339: cbad acdb
(declare-const s339_ab Bool) (declare-const s339_ac Bool) (declare-const s339_ad Bool) (declare-const s339_bc Bool) (declare-const s339_bd Bool) (declare-const s339_cd Bool)
; profile 340: cbad adbc
(declare-const s340_ab Bool) (declare-const s340_ac Bool) (declare-const s340_ad Bool) (declare-const s340_bc Bool) (declare-const s340_bd Bool) (declare-const s340_cd Bool)
; profile 341: cbad adcb
(declare-const s341_ab Bool) (declare-const s341_ac Bool) (declare-const s341_ad Bool) (declare-const s341_bc Bool) (declare-const s341_bd Bool) (declare-const s341_cd Bool)
; profile 342: cbad bacd
(declare-const s342_ab Bool) (declare-const s342_ac Bool) (declare-const s342_ad Bool) (declare-const s342_bc Bool) (declare-const s342_bd Bool) (declare-const s342_cd Bool)
; profile 343: cbad badc
(declare-const s343_ab Bool) (declare-const s343_ac Bool) (declare-const s343_ad Bool) (declare-const s343_bc Bool) (declare-const s343_bd Bool) (declare-const s343_cd Bool)
; profile 344: cbad bcad
(declare-const s344_ab Bool) (declare-const s344_ac Bool) (declare-const s344_ad Bool) (declare-const s344_bc Bool) (declare-const s344_bd Bool) (declare-const s344_cd Bool)
; profile 345: cbad bcda
(declare-const s345_ab Bool) (declare-const s345_ac Bool) (declare-const s345_ad Bool) (declare-const s345_bc Bool) (declare-const s345_bd Bool) (declare-const s345_cd Bool)
; profile 346: cbad bdac
(declare-const s346_ab Bool) (declare-const s346_ac Bool) (declare-const s346_ad Bool) (declare-const s346_bc Bool) (declare-const s346_bd Bool) (declare-const s346_cd Bool)
; profile 347: cbad bdca
(declare-const s347_ab Bool) (declare-const s347_ac Bool) (declare-const s347_ad Bool) (declare-const s347_bc Bool) (declare-const s347_bd Bool) (declare-const s347_cd Bool)
; profile 348: cbad cabd
(declare-const s348_ab Bool) (declare-const s348_ac Bool) (declare-const s348_ad Bool) (declare-const s348_bc Bool) (declare-const s348_bd Bool) (declare-const s348_cd Bool)
; profile 349: cbad cadb
(declare-const s349_ab Bool) (declare-const s349_ac Bool) (declare-const s349_ad Bool) (declare-const s349_bc Bool) (declare-const s349_bd Bool) (declare-const s349_cd Bool)
; profile 350: cbad cbad
(declare-const s350_ab Bool) (declare-const s350_ac Bool) (declare-const s350_ad Bool) (declare-const s350_bc Bool) (declare-const s350_bd Bool) (declare-const s350_cd Bool)
; profile 351: cbad cbda
(declare-const s351_ab Bool) (declare-const s351_ac Bool) (declare-const s351_ad Bool) (declare-const s351_bc Bool) (declare-const s351_bd Bool) (declare-const s351_cd Bool)
; profile 352: cbad cdab
(declare-const s352_ab Bool) (declare-const s352_ac Bool) (declare-const s352_ad Bool) (declare-const s352_bc Bool) (declare-const s352_bd Bool) (declare-const s352_cd Bool)
; profile 353: cbad cdba
(declare-const s353_ab Bool) (declare-const s353_ac Bool) (declare-const s353_ad Bool) (declare-const s353_bc Bool) (declare-const s353_bd Bool) (declare-const s353_cd Bool)
; profile 354: cbad dabc
(declare-const s354_ab Bool) (declare-const s354_ac Bool) (declare-const s354_ad Bool) (declare-const s354_bc Bool) (declare-const s354_bd Bool) (declare-const s354_cd Bool)
; profile 355: cbad dacb
(declare-const s355_ab Bool) (declare-const s355_ac Bool) (declare-const s355_ad Bool) (declare-const s355_bc Bool) (declare-const s355_bd Bool) (declare-const s355_cd Bool)
; profile 356: cbad dbac
(declare-const s356_ab Bool) (declare-const s356_ac Bool) (declare-const s356_ad Bool) (declare-const s356_bc Bool) (declare-const s356_bd Bool) (declare-const s356_cd Bool)
; profile 357: cbad dbca
(declare-const s357_ab Bool) (declare-const s357_ac Bool) (declare-const s357_ad Bool) (declare-const s357_bc Bool) (declare-const s357_bd Bool) (declare-const s357_cd Bool)
; profile 358: cbad dcab
(declare-const s358_ab Bool) (declare-const s358_ac Bool) (declare-const s358_ad Bool) (declare-const s358_bc Bool) (declare-const s358_bd Bool) (declare-const s358_cd Bool)
; profile 359: cbad dcba
(declare-const s359_ab Bool) (declare-const s359_ac Bool) (declare-const s359_ad Bool) (declare-const s359_bc Bool) (declare-const s359_bd Bool) (declare-const s359_cd Bool)
; profile 360: cbda abcd
(declare-const s360_ab Bool) (declare-const s360_ac Bool) (declare-const s360_ad Bool) (declare-const s360_bc Bool) (declare-const s360_bd Bool) (declare-const s360_cd Bool)
; profile 361: cbda abdc
(declare-const s361_ab Bool) (declare-const s361_ac Bool) (declare-const s361_ad Bool) (declare-const s361_bc Bool) (declare-const s361_bd Bool) (declare-const s361_cd Bool)
; profile 362: cbda acbd
(declare-const s362_ab Bool) (declare-const s362_ac Bool) (declare-const s362_ad Bool) (declare-const s362_bc Bool) (declare-const s362_bd Bool) (declare-const s362_cd Bool)
; profile 363: cbda acdb
(declare-const s363_ab Bool) (declare-const s363_ac Bool) (declare-const s363_ad Bool) (declare-const s363_bc Bool) (declare-const s363_bd Bool) (declare-const s363_cd Bool)
; profile 364: cbda adbc
(declare-const s364_ab Bool) (declare-const s364_ac Bool) (declare-const s364_ad Bool) (declare-const s364_bc Bool) (declare-const s364_bd Bool) (declare-const s364_cd Bool)
; profile 365: cbda adcb
(declare-const s365_ab Bool) (declare-const s365_ac Bool) (declare-const s365_ad Bool) (declare-const s365_bc Bool) (declare-const s365_bd Bool) (declare-const s365_cd Bool)
; profile 366: cbda bacd
(declare-const s366_ab Bool) (declare-const s366_ac Bool) (declare-const s366_ad Bool) (declare-const s366_bc Bool) (declare-const s366_bd Bool) (declare-const s366_cd Bool)
; profile 367: cbda badc
(declare-const s367_ab Bool) (declare-const s367_ac Bool) (declare-const s367_ad Bool) (declare-const s367_bc Bool) (declare-const s367_bd Bool) (declare-const s367_cd Bool)
; profile 368: cbda bcad
(declare-const s368_ab Bool) (declare-const s368_ac Bool) (declare-const s368_ad Bool) (declare-const s368_bc Bool) (declare-const s368_bd Bool) (declare-const s368_cd Bool)
; profile 369: cbda bcda
(declare-const s369_ab Bool) (declare-const s369_ac Bool) (declare-const s369_ad Bool) (declare-const s369_bc Bool) (declare-const s369_bd Bool) (declare-const s369_cd Bool)
; profile 370: cbda bdac
(declare-const s370_ab Bool) (declare-const s370_ac Bool) (declare-const s370_ad Bool) (declare-const s370_bc Bool) (declare-const s370_bd Bool) (declare-const s370_cd Bool)
; profile 371: cbda bdca
(declare-const s371_ab Bool) (declare-const s371_ac Bool) (declare-const s371_ad Bool) (declare-const s371_bc Bool) (declare-const s371_bd Bool) (declare-const s371_cd Bool)
; profile 372: cbda cabd
(declare-const s372_ab Bool) (declare-const s372_ac Bool) (declare-const s372_ad Bool) (declare-const s372_bc Bool) (declare-const s372_bd Bool) (declare-const s372_cd Bool)
; profile 373: cbda cadb
(declare-const s373_ab Bool) (declare-const s373_ac Bool) (declare-const s373_ad Bool) (declare-const s373_bc Bool) (declare-const s373_bd Bool) (declare-const s373_cd Bool)
; profile 374: cbda cbad
(declare-const s374_ab Bool) (declare-const s374_ac Bool) (declare-const s374_ad Bool) (declare-const s374_bc Bool) (declare-const s374_bd Bool) (declare-const s374_cd Bool)
; profile 375: cbda cbda
(declare-const s375_ab Bool) (declare-const s375_ac Bool) (declare-const s375_ad Bool) (declare-const s375_bc Bool) (declare-const s375_bd Bool) (declare-const s375_cd Bool)
; profile 376: cbda cdab
(declare-const s376_ab Bool) (declare-const s376_ac Bool) (declare-const s376_ad Bool) (declare-const s376_bc Bool) (declare-const s376_bd Bool) (declare-const s376_cd Bool)
; profile 377: cbda cdba
(declare-const s377_ab Bool) (declare-const s377_ac Bool) (declare-const s377_ad Bool) (declare-const s377_bc Bool) (declare-const s377_bd Bool) (declare-const s377_cd Bool)
; profile 378: cbda dabc
(declare-const s378_ab Bool) (declare-const s378_ac Bool) (declare-const s378_ad Bool) (declare-const s378_bc Bool) (declare-const s378_bd Bool) (declare-const s378_cd Bool)
; profile 379: cbda dacb
(declare-const s379_ab Bool) (declare-const s379_ac Bool) (declare-const s379_ad Bool) (declare-const s379_bc Bool) (declare-const s379_bd Bool) (declare-const s379_cd Bool)
; profile 380: cbda dbac
(declare-const s380_ab Bool) (declare-const s380_ac Bool) (declare-const s380_ad Bool) (declare-const s380_bc Bool) (declare-const s380_bd Bool) (declare-const s380_cd Bool)
; profile 381: cbda dbca
(declare-const s381_ab Bool) (declare-const s381_ac Bool) (declare-const s381_ad Bool) (declare-const s381_bc Bool) (declare-const s381_bd Bool) (declare-const s381_cd Bool)
; profile 382: cbda dcab
(declare-const s382_ab Bool) (declare-const s382_ac Bool) (declare-const s382_ad Bool) (declare-const s382_bc Bool) (declare-const s382_bd Bool) (declare-const s382_cd Bool)
; profile 383: cbda dcba
(declare-const s383_ab Bool) (declare-const s383_ac Bool) (declare-const s383_ad Bool) (declare-const s383_bc Bool) (declare-const s383_bd Bool) (declare-const s383_cd Bool)
; profile 384: cdab abcd
(declare-const s384_ab Bool) (declare-const s384_ac Bool) (declare-const s384_ad Bool) (declare-const s384_bc Bool) (declare-const s384_bd Bool) (declare-const s384_cd Bool)
; profile 385: cdab abdc
(declare-const s385_ab Bool) (declare-const s385_ac Bool) (declare-const s385_ad Bool) (declare-const s385_bc Bool) (declare-const s385_bd Bool) (declare-const s385_cd Bool)
; profile 386: cdab acbd
(declare-const s386_ab Bool) (declare-const s386_ac Bool) (declare-const s386_ad Bool) (declare-const s386_bc Bool) (declare-const s386_bd Bool) (declare-const s386_cd Bool)
; profile 387: cdab acdb
(declare-const s387_ab Bool) (declare-const s387_ac Bool) (declare-const s387_ad Bool) (declare-const s387_bc Bool) (declare-const s387_bd Bool) (declare-const s387_cd Bool)
; profile 388: cdab adbc
(declare-const s388_ab Bool) (declare-const s388_ac Bool) (declare-const s388_ad Bool) (declare-const s388_bc Bool) (declare-const s388_bd Bool) (declare-const s388_cd Bool)
; profile 389: cdab adcb
(declare-const s389_ab Bool) (declare-const s389_ac Bool) (declare-const s389_ad Bool) (declare-const s389_bc Bool) (declare-const s389_bd Bool) (declare-const s389_cd Bool)
; profile 390: cdab bacd
(declare-const s390_ab Bool) (declare-const s390_ac Bool) (declare-const s390_ad Bool) (declare-const s390_bc Bool) (declare-const s390_bd Bool) (declare-const s390_cd Bool)
; profile 391: cdab badc
(declare-const s391_ab Bool) (declare-const s391_ac Bool) (declare-const s391_ad Bool) (declare-const s391_bc Bool) (declare-const s391_bd Bool) (declare-const s391_cd Bool)
; profile 392: cdab bcad
(declare-const s392_ab Bool) (declare-const s392_ac Bool) (declare-const s392_ad Bool) (declare-const s392_bc Bool) (declare-const s392_bd Bool) (declare-const s392_cd Bool)
; profile 393: cdab bcda
(declare-const s393_ab Bool) (declare-const s393_ac Bool) (declare-const s393_ad Bool) (declare-const s393_bc Bool) (declare-const s393_bd Bool) (declare-const s393_cd Bool)
; profile 394: cdab bdac
(declare-const s394_ab Bool) (declare-const s394_ac Bool) (declare-const s394_ad Bool) (declare-const s394_bc Bool) (declare-const s394_bd Bool) (declare-const s394_cd Bool)
; profile 395: cdab bdca
(declare-const s395_ab Bool) (declare-const s395_ac Bool) (declare-const s395_ad Bool) (declare-const s395_bc Bool) (declare-const s395_bd Bool) (declare-const s395_cd Bool)
; profile 396: cdab cabd
(declare-const s396_ab Bool) (declare-const s396_ac Bool) (declare-const s396_ad Bool) (declare-const s396_bc Bool) (declare-const s396_bd Bool) (declare-const s396_cd Bool)
; profile 397: cdab cadb
(declare-const s397_ab Bool) (declare-const s397_ac Bool) (declare-const s397_ad Bool) (declare-const s397_bc Bool) (declare-const s397_bd Bool) (declare-const s397_cd Bool)
; profile 398: cdab cbad
(declare-const s398_ab Bool) (declare-const s398_ac Bool) (declare-const s398_ad Bool) (declare-const s398_bc Bool) (declare-const s398_bd Bool) (declare-const s398_cd Bool)
; profile 399: cdab cbda
(declare-const s399_ab Bool) (declare-const s399_ac Bool) (declare-const s399_ad Bool) (declare-const s399_bc Bool) (declare-const s399_bd Bool) (declare-const s399_cd Bool)
; profile 400: cdab cdab
(declare-const s400_ab Bool) (declare-const s400_ac Bool) (declare-const s400_ad Bool) (declare-const s400_bc Bool) (declare-const s400_bd Bool) (declare-const s400_cd Bool)
; profile 401: cdab cdba
(declare-const s401_ab Bool) (declare-const s401_ac Bool) (declare-const s401_ad Bool) (declare-const s401_bc Bool) (declare-const s401_bd Bool) (declare-const s401_cd Bool)
; profile 402: cdab dabc
(declare-const s402_ab Bool) (declare-const s402_ac Bool) (declare-const s402_ad Bool) (declare-const s402_bc Bool) (declare-const s402_bd Bool) (declare-const s402_cd Bool)
; profile 403: cdab dacb
(declare-const s403_ab Bool) (declare-const s403_ac Bool) (declare-const s403_ad Bool) (declare-const s403_bc Bool) (declare-const s403_bd Bool) (declare-const s403_cd Bool)
; profile 404: cdab dbac
(declare-const s404_ab Bool) (declare-const s404_ac Bool) (declare-const s404_ad Bool) (declare-const s404_bc Bool) (declare-const s404_bd Bool) (declare-const s404_cd Bool)
; profile 405: cdab dbca
(declare-const s405_ab Bool) (declare-const s405_ac Bool) (declare-const s405_ad Bool) (declare-const s405_bc Bool) (declare-const s405_bd Bool) (declare-const s405_cd Bool)
; profile 406: cdab dcab
(declare-const s406_ab Bool) (declare-const s406_ac Bool) (declare-const s406_ad Bool) (declare-const s406_bc Bool) (declare-const s406_bd Bool) (declare-const s406_cd Bool)
; profile 407: cdab dcba
(declare-const s407_ab Bool) (declare-const s407_ac Bool) (declare-const s407_ad Bool) (declare-const s407_bc Bool) (declare-const s407_bd Bool) (declare-const s407_cd Bool)
; profile 408: cdba abcd
(declare-const s408_ab Bool) (declare-const s408_ac Bool) (declare-const s408_ad Bool) (declare-const s408_bc Bool) (declare-const s408_bd Bool) (declare-const s408_cd Bool)
; profile 409: cdba abdc
(declare-const s409_ab Bool) (declare-const s409_ac Bool) (declare-const s409_ad Bool) (declare-const s409_bc Bool) (declare-const s409_bd Bool) (declare-const s409_cd Bool)
; profile 410: cdba acbd
(declare-const s410_ab Bool) (declare-const s410_ac Bool) (declare-const s410_ad Bool) (declare-const s410_bc Bool) (declare-const s410_bd Bool) (declare-const s410_cd Bool)
; profile 411: cdba acdb
(declare-const s411_ab Bool) (declare-const s411_ac Bool) (declare-const s411_ad Bool) (declare-const s411_bc Bool) (declare-const s411_bd Bool) (declare-const s411_cd Bool)
; profile 412: cdba adbc
(declare-const s412_ab Bool) (declare-const s412_ac Bool) (declare-const s412_ad Bool) (declare-const s412_bc Bool) (declare-const s412_bd Bool) (declare-const s412_cd Bool)
; profile 413: cdba adcb
(declare-const s413_ab Bool) (declare-const s413_ac Bool) (declare-const s413_ad Bool) (declare-const s413_bc Bool) (declare-const s413_bd Bool) (declare-const s413_cd Bool)
; profile 414: cdba bacd
(declare-const s414_ab Bool) (declare-const s414_ac Bool) (declare-const s414_ad Bool) (declare-const s414_bc Bool) (declare-const s414_bd Bool) (declare-const s414_cd Bool)
; profile 415: cdba badc
(declare-const s415_ab Bool) (declare-const s415_ac Bool) (declare-const s415_ad Bool) (declare-const s415_bc Bool) (declare-const s415_bd Bool) (declare-const s415_cd Bool)
; profile 416: cdba bcad
(declare-const s416_ab Bool) (declare-const s416_ac Bool) (declare-const s416_ad Bool) (declare-const s416_bc Bool) (declare-const s416_bd Bool) (declare-const s416_cd Bool)
; profile 417: cdba bcda
(declare-const s417_ab Bool) (declare-const s417_ac Bool) (declare-const s417_ad Bool) (declare-const s417_bc Bool) (declare-const s417_bd Bool) (declare-const s417_cd Bool)
; profile 418: cdba bdac
(declare-const s418_ab Bool) (declare-const s418_ac Bool) (declare-const s418_ad Bool) (declare-const s418_bc Bool) (declare-const s418_bd Bool) (declare-const s418_cd Bool)
; profile 419: cdba bdca
(declare-const s419_ab Bool) (declare-const s419_ac Bool) (declare-const s419_ad Bool) (declare-const s419_bc Bool) (declare-const s419_bd Bool) (declare-const s419_cd Bool)
; profile 420: cdba cabd
(declare-const s420_ab Bool) (declare-const s420_ac Bool) (declare-const s420_ad Bool) (declare-const s420_bc Bool) (declare-const s420_bd Bool) (declare-const s420_cd Bool)
; profile 421: cdba cadb
(declare-const s421_ab Bool) (declare-const s421_ac Bool) (declare-const s421_ad Bool) (declare-const s421_bc Bool) (declare-const s421_bd Bool) (declare-const s421_cd Bool)
; profile 422: cdba cbad
(declare-const s422_ab Bool) (declare-const s422_ac Bool) (declare-const s422_ad Bool) (declare-const s422_bc Bool) (declare-const s422_bd Bool) (declare-const s422_cd Bool)
; profile 423: cdba cbda
(declare-const s423_ab Bool) (declare-const s423_ac Bool) (declare-const s423_ad Bool) (declare-const s423_bc Bool) (declare-const s423_bd Bool) (declare-const s423_cd Bool)
; profile 424: cdba cdab
(declare-const s424_ab Bool) (declare-const s424_ac Bool) (declare-const s424_ad Bool) (declare-const s424_bc Bool) (declare-const s424_bd Bool) (declare-const s424_cd Bool)
; profile 425: cdba cdba
(declare-const s425_ab Bool) (declare-const s425_ac Bool) (declare-const s425_ad Bool) (declare-const s425_bc Bool) (declare-const s425_bd Bool) (declare-const s425_cd Bool)
; profile 426: cdba dabc
(declare-const s426_ab Bool) (declare-const s426_ac Bool) (declare-const s426_ad Bool) (declare-const s426_bc Bool) (declare-const s426_bd Bool) (declare-const s426_cd Bool)
; profile 427: cdba dacb
(declare-const s427_ab Bool) (declare-const s427_ac Bool) (declare-const s427_ad Bool) (declare-const s427_bc Bool) (declare-const s427_bd Bool) (declare-const s427_cd Bool)
; profile 428: cdba dbac
(declare-const s428_ab Bool) (declare-const s428_ac Bool) (declare-const s428_ad Bool) (declare-const s428_bc Bool) (declare-const s428_bd Bool) (declare-const s428_cd Bool)
; profile 429: cdba dbca
(declare-const s429_ab Bool) (declare-const s429_ac Bool) (declare-const s429_ad Bool) (declare-const s429_bc Bool) (declare-const s429_bd Bool) (declare-const s429_cd Bool)
; profile 430: cdba dcab
(declare-const s430_ab Bool) (declare-const s430_ac Bool) (declare-const s430_ad Bool) (declare-const s430_bc Bool) (declare-const s430_bd Bool) (declare-const s430_cd Bool)
; profile 431: cdba dcba
(declare-const s431_ab Bool) (declare-const s431_ac Bool) (declare-const s431_ad Bool) (declare-const s431_bc Bool) (declare-const s431_bd Bool) (declare-const s431_cd Bool)
; profile 432: dabc abcd
(declare-const s432_ab Bool) (declare-const s432_ac Bool) (declare-const s432_ad Bool) (declare-const s432_bc Bool) (declare-const s432_bd Bool) (declare-const s432_cd Bool)
; profile 433: dabc abdc
(declare-const s433_ab Bool) (declare-const s433_ac Bool) (declare-const s433_ad Bool) (declare-const s433_bc Bool) (declare-const s433_bd Bool) (declare-const s433_cd Bool)
; profile 434: dabc acbd
(declare-const s434_ab Bool) (declare-const s434_ac Bool) (declare-const s434_ad Bool) (declare-const s434_bc Bool) (declare-const s434_bd Bool) (declare-const s434_cd Bool)
; profile 435: dabc acdb
(declare-const s435_ab Bool) (declare-const s435_ac Bool) (declare-const s435_ad Bool) (declare-const s435_bc Bool) (declare-const s435_bd Bool) (declare-const s435_cd Bool)
; profile 436: dabc adbc
(declare-const s436_ab Bool) (declare-const s436_ac Bool) (declare-const s436_ad Bool) (declare-const s436_bc Bool) (declare-const s436_bd Bool) (declare-const s436_cd Bool)
; profile 437: dabc adcb
(declare-const s437_ab Bool) (declare-const s437_ac Bool) (declare-const s437_ad Bool) (declare-const s437_bc Bool) (declare-const s437_bd Bool) (declare-const s437_cd Bool)
; profile 438: dabc bacd
(declare-const s438_ab Bool) (declare-const s438_ac Bool) (declare-const s438_ad Bool) (declare-const s438_bc Bool) (declare-const s438_bd Bool) (declare-const s438_cd Bool)
; profile 439: dabc badc
(declare-const s439_ab Bool) (declare-const s439_ac Bool) (declare-const s439_ad Bool) (declare-const s439_bc Bool) (declare-const s439_bd Bool) (declare-const s439_cd Bool)
; profile 440: dabc bcad
(declare-const s440_ab Bool) (declare-const s440_ac Bool) (declare-const s440_ad Bool) (declare-const s440_bc Bool) (declare-const s440_bd Bool) (declare-const s440_cd Bool)
; profile 441: dabc bcda
(declare-const s441_ab Bool) (declare-const s441_ac Bool) (declare-const s441_ad Bool) (declare-const s441_bc Bool) (declare-const s441_bd Bool) (declare-const s441_cd Bool)
; profile 442: dabc bdac
(declare-const s442_ab Bool) (declare-const s442_ac Bool) (declare-const s442_ad Bool) (declare-const s442_bc Bool) (declare-const s442_bd Bool) (declare-const s442_cd Bool)
; profile 443: dabc bdca
(declare-const s443_ab Bool) (declare-const s443_ac Bool) (declare-const s443_ad Bool) (declare-const s443_bc Bool) (declare-const s443_bd Bool) (declare-const s443_cd Bool)
; profile 444: dabc cabd
(declare-const s444_ab Bool) (declare-const s444_ac Bool) (declare-const s444_ad Bool) (declare-const s444_bc Bool) (declare-const s444_bd Bool) (declare-const s444_cd Bool)
; profile 445: dabc cadb
(declare-const s445_ab Bool) (declare-const s445_ac Bool) (declare-const s445_ad Bool) (declare-const s445_bc Bool) (declare-const s445_bd Bool) (declare-const s445_cd Bool)
; profile 446: dabc cbad
(declare-const s446_ab Bool) (declare-const s446_ac Bool) (declare-const s446_ad Bool) (declare-const s446_bc Bool) (declare-const s446_bd Bool) (declare-const s446_cd Bool)
; profile 447: dabc cbda
(declare-const s447_ab Bool) (declare-const s447_ac Bool) (declare-const s447_ad Bool) (declare-const s447_bc Bool) (declare-const s447_bd Bool) (declare-const s447_cd Bool)
; profile 448: dabc cdab
(declare-const s448_ab Bool) (declare-const s448_ac Bool) (declare-const s448_ad Bool) (declare-const s448_bc Bool) (declare-const s448_bd Bool) (declare-const s448_cd Bool)
; profile 449: dabc cdba
(declare-const s449_ab Bool) (declare-const s449_ac Bool) (declare-const s449_ad Bool) (declare-const s449_bc Bool) (declare-const s449_bd Bool) (declare-const s449_cd Bool)
; profile 450: dabc dabc
(declare-const s450_ab Bool) (declare-const s450_ac Bool) (declare-const s450_ad Bool) (declare-const s450_bc Bool) (declare-const s450_bd Bool) (declare-const s450_cd Bool)
; profile 451: dabc dacb
(declare-const s451_ab Bool) (declare-const s451_ac Bool) (declare-const s451_ad Bool) (declare-const s451_bc Bool) (declare-const s451_bd Bool) (declare-const s451_cd Bool)
; profile 452: dabc dbac
(declare-const s452_ab Bool) (declare-const s452_ac Bool) (declare-const s452_ad Bool) (declare-const s452_bc Bool) (declare-const s452_bd Bool) (declare-const s452_cd Bool)
; profile 453: dabc dbca
(declare-const s453_ab Bool) (declare-const s453_ac Bool) (declare-const s453_ad Bool) (declare-const s453_bc Bool) (declare-const s453_bd Bool) (declare-const s453_cd Bool)
; profile 454: dabc dcab
(declare-const s454_ab Bool) (declare-const s454_ac Bool) (declare-const s454_ad Bool) (declare-const s454_bc Bool) (declare-const s454_bd Bool) (declare-const s454_cd Bool)
; profile 455: dabc dcba
(declare-const s455_ab Bool) (declare-const s455_ac Bool) (declare-const s455_ad Bool) (declare-const s455_bc Bool) (declare-const s455_bd Bool) (declare-const s455_cd Bool)
; profile 456: dacb abcd
(declare-const s456_ab Bool) (declare-const s456_ac Bool) (declare-const s456_ad Bool) (declare-const s456_bc Bool) (declare-const s456_bd Bool) (declare-const s456_cd Bool)
; profile 457: dacb abdc
(declare-const s457_ab Bool) (declare-const s457_ac Bool) (declare-const s457_ad Bool) (declare-const s457_bc Bool) (declare-const s457_bd Bool) (declare-const s457_cd Bool)
; profile 458: dacb acbd
(declare-const s458_ab Bool) (declare-const s458_ac Bool) (declare-const s458_ad Bool) (declare-const s458_bc Bool) (declare-const s458_bd Bool) (declare-const s458_cd Bool)
; profile 459: dacb acdb
(declare-const s459_ab Bool) (declare-const s459_ac Bool) (declare-const s459_ad Bool) (declare-const s459_bc Bool) (declare-const s459_bd Bool) (declare-const s459_cd Bool)
; profile 460: dacb adbc
(declare-const s460_ab Bool) (declare-const s460_ac Bool) (declare-const s460_ad Bool) (declare-const s460_bc Bool) (declare-const s460_bd Bool) (declare-const s460_cd Bool)
; profile 461: dacb adcb
(declare-const s461_ab Bool) (declare-const s461_ac Bool) (declare-const s461_ad Bool) (declare-const s461_bc Bool) (declare-const s461_bd Bool) (declare-const s461_cd Bool)
; profile 462: dacb bacd
(declare-const s462_ab Bool) (declare-const s462_ac Bool) (declare-const s462_ad Bool) (declare-const s462_bc Bool) (declare-const s462_bd Bool) (declare-const s462_cd Bool)
; profile 463: dacb badc
(declare-const s463_ab Bool) (declare-const s463_ac Bool) (declare-const s463_ad Bool) (declare-const s463_bc Bool) (declare-const s463_bd Bool) (declare-const s463_cd Bool)
; profile 464: dacb bcad
(declare-const s464_ab Bool) (declare-const s464_ac Bool) (declare-const s464_ad Bool) (declare-const s464_bc Bool) (declare-const s464_bd Bool) (declare-const s464_cd Bool)
; profile 465: dacb bcda
(declare-const s465_ab Bool) (declare-const s465_ac Bool) (declare-const s465_ad Bool) (declare-const s465_bc Bool) (declare-const s465_bd Bool) (declare-const s465_cd Bool)
; profile 466: dacb bdac
(declare-const s466_ab Bool) (declare-const s466_ac Bool) (declare-const s466_ad Bool) (declare-const s466_bc Bool) (declare-const s466_bd Bool) (declare-const s466_cd Bool)
; profile 467: dacb bdca
(declare-const s467_ab Bool) (declare-const s467_ac Bool) (declare-const s467_ad Bool) (declare-const s467_bc Bool) (declare-const s467_bd Bool) (declare-const s467_cd Bool)
; profile 468: dacb cabd
(declare-const s468_ab Bool) (declare-const s468_ac Bool) (declare-const s468_ad Bool) (declare-const s468_bc Bool) (declare-const s468_bd Bool) (declare-const s468_cd Bool)
; profile 469: dacb cadb
(declare-const s469_ab Bool) (declare-const s469_ac Bool) (declare-const s469_ad Bool) (declare-const s469_bc Bool) (declare-const s469_bd Bool) (declare-const s469_cd Bool)
; profile 470: dacb cbad
(declare-const s470_ab Bool) (declare-const s470_ac Bool) (declare-const s470_ad Bool) (declare-const s470_bc Bool) (declare-const s470_bd Bool) (declare-const s470_cd Bool)
; profile 471: dacb cbda
(declare-const s471_ab Bool) (declare-const s471_ac Bool) (declare-const s471_ad Bool) (declare-const s471_bc Bool) (declare-const s471_bd Bool) (declare-const s471_cd Bool)
; profile 472: dacb cdab
(declare-const s472_ab Bool) (declare-const s472_ac Bool) (declare-const s472_ad Bool) (declare-const s472_bc Bool) (declare-const s472_bd Bool) (declare-const s472_cd Bool)
; profile 473: dacb cdba
(declare-const s473_ab Bool) (declare-const s473_ac Bool) (declare-const s473_ad Bool) (declare-const s473_bc Bool) (declare-const s473_bd Bool) (declare-const s473_cd Bool)
; profile 474: dacb dabc
(declare-const s474_ab Bool) (declare-const s474_ac Bool) (declare-const s474_ad Bool) (declare-const s474_bc Bool) (declare-const s474_bd Bool) (declare-const s474_cd Bool)
; profile 475: dacb dacb
(declare-const s475_ab Bool) (declare-const s475_ac Bool) (declare-const s475_ad Bool) (declare-const s475_bc Bool) (declare-const s475_bd Bool) (declare-const s475_cd Bool)
; profile 476: dacb dbac
(declare-const s476_ab Bool) (declare-const s476_ac Bool) (declare-const s476_ad Bool) (declare-const s476_bc Bool) (declare-const s476_bd Bool) (declare-const s476_cd Bool)
; profile 477: dacb dbca
(declare-const s477_ab Bool) (declare-const s477_ac Bool) (declare-const s477_ad Bool) (declare-const s477_bc Bool) (declare-const s477_bd Bool) (declare-const s477_cd Bool)
; profile 478: dacb dcab
(declare-const s478_ab Bool) (declare-const s478_ac Bool) (declare-const s478_ad Bool) (declare-const s478_bc Bool) (declare-const s478_bd Bool) (declare-const s478_cd Bool)
; profile 479: dacb dcba
(declare-const s479_ab Bool) (declare-const s479_ac Bool) (declare-const s479_ad Bool) (declare-const s479_bc Bool) (declare-const s479_bd Bool) (declare-const s479_cd Bool)
; profile 480: dbac abcd
(declare-const s480_ab Bool) (declare-const s480_ac Bool) (declare-const s480_ad Bool) (declare-const s480_bc Bool) (declare-const s480_bd Bool) (declare-const s480_cd Bool)
; profile 481: dbac abdc
(declare-const s481_ab Bool) (declare-const s481_ac Bool) (declare-const s481_ad Bool) (declare-const s481_bc Bool) (declare-const s481_bd Bool) (declare-const s481_cd Bool)
; profile 482: dbac acbd
(declare-const s482_ab Bool) (declare-const s482_ac Bool) (declare-const s482_ad Bool) (declare-const s482_bc Bool) (declare-const s482_bd Bool) (declare-const s482_cd Bool)
; profile 483: dbac acdb
(declare-const s483_ab Bool) (declare-const s483_ac Bool) (declare-const s483_ad Bool) (declare-const s483_bc Bool) (declare-const s483_bd Bool) (declare-const s483_cd Bool)
; profile 484: dbac adbc
(declare-const s484_ab Bool) (declare-const s484_ac Bool) (declare-const s484_ad Bool) (declare-const s484_bc Bool) (declare-const s484_bd Bool) (declare-const s484_cd Bool)
; profile 485: dbac adcb
(declare-const s485_ab Bool) (declare-const s485_ac Bool) (declare-const s485_ad Bool) (declare-const s485_bc Bool) (declare-const s485_bd Bool) (declare-const s485_cd Bool)
; profile 486: dbac bacd
(declare-const s486_ab Bool) (declare-const s486_ac Bool) (declare-const s486_ad Bool) (declare-const s486_bc Bool) (declare-const s486_bd Bool) (declare-const s486_cd Bool)
; profile 487: dbac badc
(declare-const s487_ab Bool) (declare-const s487_ac Bool) (declare-const s487_ad Bool) (declare-const s487_bc Bool) (declare-const s487_bd Bool) (declare-const s487_cd Bool)
; profile 488: dbac bcad
(declare-const s488_ab Bool) (declare-const s488_ac Bool) (declare-const s488_ad Bool) (declare-const s488_bc Bool) (declare-const s488_bd Bool) (declare-const s488_cd Bool)
; profile 489: dbac bcda
(declare-const s489_ab Bool) (declare-const s489_ac Bool) (declare-const s489_ad Bool) (declare-const s489_bc Bool) (declare-const s489_bd Bool) (declare-const s489_cd Bool)
; profile 490: dbac bdac
(declare-const s490_ab Bool) (declare-const s490_ac Bool) (declare-const s490_ad Bool) (declare-const s490_bc Bool) (declare-const s490_bd Bool) (declare-const s490_cd Bool)
; profile 491: dbac bdca
(declare-const s491_ab Bool) (declare-const s491_ac Bool) (declare-const s491_ad Bool) (declare-const s491_bc Bool) (declare-const s491_bd Bool) (declare-const s491_cd Bool)
; profile 492: dbac cabd
(declare-const s492_ab Bool) (declare-const s492_ac Bool) (declare-const s492_ad Bool) (declare-const s492_bc Bool) (declare-const s492_bd Bool) (declare-const s492_cd Bool)
; profile 493: dbac cadb
(declare-const s493_ab Bool) (declare-const s493_ac Bool) (declare-const s493_ad Bool) (declare-const s493_bc Bool) (declare-const s493_bd Bool) (declare-const s493_cd Bool)
; profile 494: dbac cbad
(declare-const s494_ab Bool) (declare-const s494_ac Bool) (declare-const s494_ad Bool) (declare-const s494_bc Bool) (declare-const s494_bd Bool) (declare-const s494_cd Bool)
; profile 495: dbac cbda
(declare-const s495_ab Bool) (declare-const s495_ac Bool) (declare-const s495_ad Bool) (declare-const s495_bc Bool) (declare-const s495_bd Bool) (declare-const s495_cd Bool)
; profile 496: dbac cdab
(declare-const s496_ab Bool) (declare-const s496_ac Bool) (declare-const s496_ad Bool) (declare-const s496_bc Bool) (declare-const s496_bd Bool) (declare-const s496_cd Bool)
; profile 497: dbac cdba
(declare-const s497_ab Bool) (declare-const s497_ac Bool) (declare-const s497_ad Bool) (declare-const s497_bc Bool) (declare-const s497_bd Bool) (declare-const s497_cd Bool)
; profile 498: dbac dabc
(declare-const s498_ab Bool) (declare-const s498_ac Bool) (declare-const s498_ad Bool) (declare-const s498_bc Bool) (declare-const s498_bd Bool) (declare-const s498_cd Bool)
; profile 499: dbac dacb
(declare-const s499_ab Bool) (declare-const s499_ac Bool) (declare-const s499_ad Bool) (declare-const s499_bc Bool) (declare-const s499_bd Bool) (declare-const s499_cd Bool)
; profile 500: dbac dbac
(declare-const s500_ab Bool) (declare-const s500_ac Bool) (declare-const s500_ad Bool) (declare-const s500_bc Bool) (declare-const s500_bd Bool) (declare-const s500_cd Bool)
; profile 501: dbac dbca
(declare-const s501_ab Bool) (declare-const s501_ac Bool) (declare-const s501_ad Bool) (declare-const s501_bc Bool) (declare-const s501_bd Bool) (declare-const s501_cd Bool)
; profile 502: dbac dcab
(declare-const s502_ab Bool) (declare-const s502_ac Bool) (declare-const s502_ad Bool) (declare-const s502_bc Bool) (declare-const s502_bd Bool) (declare-const s502_cd Bool)
; profile 503: dbac dcba
(declare-const s503_ab Bool) (declare-const s503_ac Bool) (declare-const s503_ad Bool) (declare-const s503_bc Bool) (declare-const s503_bd Bool) (declare-const s503_cd Bool)
; profile 504: dbca abcd
(declare-const s504_ab Bool) (declare-const s504_ac Bool) (declare-const s504_ad Bool) (declare-const s504_bc Bool) (declare-const s504_bd Bool) (declare-const s504_cd Bool)
; profile 505: dbca abdc
(declare-const s505_ab Bool) (declare-const s505_ac Bool) (declare-const s505_ad Bool) (declare-const s505_bc Bool) (declare-const s505_bd Bool) (declare-const s505_cd Bool)
; profile 506: dbca acbd
(declare-const s506_ab Bool) (declare-const s506_ac Bool) (declare-const s506_ad Bool) (declare-const s506_bc Bool) (declare-const s506_bd Bool) (declare-const s506_cd Bool)
; profile 507: dbca acdb
(declare-const s507_ab Bool) (declare-const s507_ac Bool) (declare-const s507_ad Bool) (declare-const s507_bc Bool) (declare-const s507_bd Bool) (declare-const s507_cd Bool)
; profile 508: dbca adbc
(declare-const s508_ab Bool) (declare-const s508_ac Bool) (declare-const s508_ad Bool) (declare-const s508_bc Bool) (declare-const s508_bd Bool) (declare-const s508_cd Bool)
; profile 509: dbca adcb
(declare-const s509_ab Bool) (declare-const s509_ac Bool) (declare-const s509_ad Bool) (declare-const s509_bc Bool) (declare-const s509_bd Bool) (declare-const s509_cd Bool)
; profile 510: dbca bacd
(declare-const s510_ab Bool) (declare-const s510_ac Bool) (declare-const s510_ad Bool) (declare-const s510_bc Bool) (declare-const s510_bd Bool) (declare-const s510_cd Bool)
; profile 511: dbca badc
(declare-const s511_ab Bool) (declare-const s511_ac Bool) (declare-const s511_ad Bool) (declare-const s511_bc Bool) (declare-const s511_bd Bool) (declare-const s511_cd Bool)
; profile 512: dbca bcad
(declare-const s512_ab Bool) (declare-const s512_ac Bool) (declare-const s512_ad Bool) (declare-const s512_bc Bool) (declare-const s512_bd Bool) (declare-const s512_cd Bool)
; profile 513: dbca bcda
(declare-const s513_ab Bool) (declare-const s513_ac Bool) (declare-const s513_ad Bool) (declare-const s513_bc Bool) (declare-const s513_bd Bool) (declare-const s513_cd Bool)
; profile 514: dbca bdac
(declare-const s514_ab Bool) (declare-const s514_ac Bool) (declare-const s514_ad Bool) (declare-const s514_bc Bool) (declare-const s514_bd Bool) (declare-const s514_cd Bool)
; profile 515: dbca bdca
(declare-const s515_ab Bool) (declare-const s515_ac Bool) (declare-const s515_ad Bool) (declare-const s515_bc Bool) (declare-const s515_bd Bool) (declare-const s515_cd Bool)
; profile 516: dbca cabd
(declare-const s516_ab Bool) (declare-const s516_ac Bool) (declare-const s516_ad Bool) (declare-const s516_bc Bool) (declare-const s516_bd Bool) (declare-const s516_cd Bool)
; profile 517: dbca cadb
(declare-const s517_ab Bool) (declare-const s517_ac Bool) (declare-const s517_ad Bool) (declare-const s517_bc Bool) (declare-const s517_bd Bool) (declare-const s517_cd Bool)
; profile 518: dbca cbad
(declare-const s518_ab Bool) (declare-const s518_ac Bool) (declare-const s518_ad Bool) (declare-const s518_bc Bool) (declare-const s518_bd Bool) (declare-const s518_cd Bool)
; profile 519: dbca cbda
(declare-const s519_ab Bool) (declare-const s519_ac Bool) (declare-const s519_ad Bool) (declare-const s519_bc Bool) (declare-const s519_bd Bool) (declare-const s519_cd Bool)
; profile 520: dbca cdab
(declare-const s520_ab Bool) (declare-const s520_ac Bool) (declare-const s520_ad Bool) (declare-const s520_bc Bool) (declare-const s520_bd Bool) (declare-const s520_cd Bool)
; profile 521: dbca cdba
(declare-const s521_ab Bool) (declare-const s521_ac Bool) (declare-const s521_ad Bool) (declare-const s521_bc Bool) (declare-const s521_bd Bool) (declare-const s521_cd Bool)
; profile 522: dbca dabc
(declare-const s522_ab Bool) (declare-const s522_ac Bool) (declare-const s522_ad Bool) (declare-const s522_bc Bool) (declare-const s522_bd Bool) (declare-const s522_cd Bool)
; profile 523: dbca dacb
(declare-const s523_ab Bool) (declare-const s523_ac Bool) (declare-const s523_ad Bool) (declare-const s523_bc Bool) (declare-const s523_bd Bool) (declare-const s523_cd Bool)
; profile 524: dbca dbac
(declare-const s524_ab Bool) (declare-const s524_ac Bool) (declare-const s524_ad Bool) (declare-const s524_bc Bool) (declare-const s524_bd Bool) (declare-const s524_cd Bool)
; profile 525: dbca dbca
(declare-const s525_ab Bool) (declare-const s525_ac Bool) (declare-const s525_ad Bool) (declare-const s525_bc Bool) (declare-const s525_bd Bool) (declare-const s525_cd Bool)
; profile 526: dbca dcab
(declare-const s526_ab Bool) (declare-const s526_ac Bool) (declare-const s526_ad Bool) (declare-const s526_bc Bool) (declare-const s526_bd Bool) (declare-const s526_cd Bool)
; profile 527: dbca dcba
(declare-const s527_ab Bool) (declare-const s527_ac Bool) (declare-const s527_ad Bool) (declare-const s527_bc Bool) (declare-const s527_bd Bool) (declare-const s527_cd Bool)
; profile 528: dcab abcd
(declare-const s528_ab Bool) (declare-const s528_ac Bool) (declare-const s528_ad Bool) (declare-const s528_bc Bool) (declare-const s528_bd Bool) (declare-const s528_cd Bool)
; profile 529: dcab abdc
(declare-const s529_ab Bool) (declare-const s529_ac Bool) (declare-const s529_ad Bool) (declare-const s529_bc Bool) (declare-const s529_bd Bool) (declare-const s529_cd Bool)
; profile 530: dcab acbd
(declare-const s530_ab Bool) (declare-const s530_ac Bool) (declare-const s530_ad Bool) (declare-const s530_bc Bool) (declare-const s530_bd Bool) (declare-const s530_cd Bool)
; profile 531: dcab acdb
(declare-const s531_ab Bool) (declare-const s531_ac Bool) (declare-const s531_ad Bool) (declare-const s531_bc Bool) (declare-const s531_bd Bool) (declare-const s531_cd Bool)
; profile 532: dcab adbc
(declare-const s532_ab Bool) (declare-const s532_ac Bool) (declare-const s532_ad Bool) (declare-const s532_bc Bool) (declare-const s532_bd Bool) (declare-const s532_cd Bool)
; profile 533: dcab adcb
(declare-const s533_ab Bool) (declare-const s533_ac Bool) (declare-const s533_ad Bool) (declare-const s533_bc Bool) (declare-const s533_bd Bool) (declare-const s533_cd Bool)
; profile 534: dcab bacd
(declare-const s534_ab Bool) (declare-const s534_ac Bool) (declare-const s534_ad Bool) (declare-const s534_bc Bool) (declare-const s534_bd Bool) (declare-const s534_cd Bool)
; profile 535: dcab badc
(declare-const s535_ab Bool) (declare-const s535_ac Bool) (declare-const s535_ad Bool) (declare-const s535_bc Bool) (declare-const s535_bd Bool) (declare-const s535_cd Bool)
; profile 536: dcab bcad
(declare-const s536_ab Bool) (declare-const s536_ac Bool) (declare-const s536_ad Bool) (declare-const s536_bc Bool) (declare-const s536_bd Bool) (declare-const s536_cd Bool)
; profile 537: dcab bcda
(declare-const s537_ab Bool) (declare-const s537_ac Bool) (declare-const s537_ad Bool) (declare-const s537_bc Bool) (declare-const s537_bd Bool) (declare-const s537_cd Bool)
; profile 538: dcab bdac
(declare-const s538_ab Bool) (declare-const s538_ac Bool) (declare-const s538_ad Bool) (declare-const s538_bc Bool) (declare-const s538_bd Bool) (declare-const s538_cd Bool)
; profile 539: dcab bdca
(declare-const s539_ab Bool) (declare-const s539_ac Bool) (declare-const s539_ad Bool) (declare-const s539_bc Bool) (declare-const s539_bd Bool) (declare-const s539_cd Bool)
; profile 540: dcab cabd
(declare-const s540_ab Bool) (declare-const s540_ac Bool) (declare-const s540_ad Bool) (declare-const s540_bc Bool) (declare-const s540_bd Bool) (declare-const s540_cd Bool)
; profile 541: dcab cadb
(declare-const s541_ab Bool) (declare-const s541_ac Bool) (declare-const s541_ad Bool) (declare-const s541_bc Bool) (declare-const s541_bd Bool) (declare-const s541_cd Bool)
; profile 542: dcab cbad
(declare-const s542_ab Bool) (declare-const s542_ac Bool) (declare-const s542_ad Bool) (declare-const s542_bc Bool) (declare-const s542_bd Bool) (declare-const s542_cd Bool)
; profile 543: dcab cbda
(declare-const s543_ab Bool) (declare-const s543_ac Bool) (declare-const s543_ad Bool) (declare-const s543_bc Bool) (declare-const s543_bd Bool) (declare-const s543_cd Bool)
; profile 544: dcab cdab
(declare-const s544_ab Bool) (declare-const s544_ac Bool) (declare-const s544_ad Bool) (declare-const s544_bc Bool) (declare-const s544_bd Bool) (declare-const s544_cd Bool)
; profile 545: dcab cdba
(declare-const s545_ab Bool) (declare-const s545_ac Bool) (declare-const s545_ad Bool) (declare-const s545_bc Bool) (declare-const s545_bd Bool) (declare-const s545_cd Bool)
; profile 546: dcab dabc
(declare-const s546_ab Bool) (declare-const s546_ac Bool) (declare-const s546_ad Bool) (declare-const s546_bc Bool) (declare-const s546_bd Bool) (declare-const s546_cd Bool)
; profile 547: dcab dacb
(declare-const s547_ab Bool) (declare-const s547_ac Bool) (declare-const s547_ad Bool) (declare-const s547_bc Bool) (declare-const s547_bd Bool) (declare-const s547_cd Bool)
; profile 548: dcab dbac
(declare-const s548_ab Bool) (declare-const s548_ac Bool) (declare-const s548_ad Bool) (declare-const s548_bc Bool) (declare-const s548_bd Bool) (declare-const s548_cd Bool)
; profile 549: dcab dbca
(declare-const s549_ab Bool) (declare-const s549_ac Bool) (declare-const s549_ad Bool) (declare-const s549_bc Bool) (declare-const s549_bd Bool) (declare-const s549_cd Bool)
; profile 550: dcab dcab
(declare-const s550_ab Bool) (declare-const s550_ac Bool) (declare-const s550_ad Bool) (declare-const s550_bc Bool) (declare-const s550_bd Bool) (declare-const s550_cd Bool)
; profile 551: dcab dcba
(declare-const s551_ab Bool) (declare-const s551_ac Bool) (declare-const s551_ad Bool) (declare-const s551_bc Bool) (declare-const s551_bd Bool) (declare-const s551_cd Bool)
; profile 552: dcba abcd
(declare-const s552_ab Bool) (declare-const s552_ac Bool) (declare-const s552_ad Bool) (declare-const s552_bc Bool) (declare-const s552_bd Bool) (declare-const s552_cd Bool)
; profile 553: dcba abdc
(declare-const s553_ab Bool) (declare-const s553_ac Bool) (declare-const s553_ad Bool) (declare-const s553_bc Bool) (declare-const s553_bd Bool) (declare-const s553_cd Bool)
; profile 554: dcba acbd
(declare-const s554_ab Bool) (declare-const s554_ac Bool) (declare-const s554_ad Bool) (declare-const s554_bc Bool) (declare-const s554_bd Bool) (declare-const s554_cd Bool)
; profile 555: dcba acdb
(declare-const s555_ab Bool) (declare-const s555_ac Bool) (declare-const s555_ad Bool) (declare-const s555_bc Bool) (declare-const s555_bd Bool) (declare-const s555_cd Bool)
; profile 556: dcba adbc
(declare-const s556_ab Bool) (declare-const s556_ac Bool) (declare-const s556_ad Bool) (declare-const s556_bc Bool) (declare-const s556_bd Bool) (declare-const s556_cd Bool)
; profile 557: dcba adcb
(declare-const s557_ab Bool) (declare-const s557_ac Bool) (declare-const s557_ad Bool) (declare-const s557_bc Bool) (declare-const s557_bd Bool) (declare-const s557_cd Bool)
; profile 558: dcba bacd
(declare-const s558_ab Bool) (declare-const s558_ac Bool) (declare-const s558_ad Bool) (declare-const s558_bc Bool) (declare-const s558_bd Bool) (declare-const s558_cd Bool)
; profile 559: dcba badc
(declare-const s559_ab Bool) (declare-const s559_ac Bool) (declare-const s559_ad Bool) (declare-const s559_bc Bool) (declare-const s559_bd Bool) (declare-const s559_cd Bool)
; profile 560: dcba bcad
(declare-const s560_ab Bool) (declare-const s560_ac Bool) (declare-const s560_ad Bool) (declare-const s560_bc Bool) (declare-const s560_bd Bool) (declare-const s560_cd Bool)
; profile 561: dcba bcda
(declare-const s561_ab Bool) (declare-const s561_ac Bool) (declare-const s561_ad Bool) (declare-const s561_bc Bool) (declare-const s561_bd Bool) (declare-const s561_cd Bool)
; profile 562: dcba bdac
(declare-const s562_ab Bool) (declare-const s562_ac Bool) (declare-const s562_ad Bool) (declare-const s562_bc Bool) (declare-const s562_bd Bool) (declare-const s562_cd Bool)
; profile 563: dcba bdca
(declare-const s563_ab Bool) (declare-const s563_ac Bool) (declare-const s563_ad Bool) (declare-const s563_bc Bool) (declare-const s563_bd Bool) (declare-const s563_cd Bool)
; profile 564: dcba cabd
(declare-const s564_ab Bool) (declare-const s564_ac Bool) (declare-const s564_ad Bool) (declare-const s564_bc Bool) (declare-const s564_bd Bool) (declare-const s564_cd Bool)
; profile 565: dcba cadb
(declare-const s565_ab Bool) (declare-const s565_ac Bool) (declare-const s565_ad Bool) (declare-const s565_bc Bool) (declare-const s565_bd Bool) (declare-const s565_cd Bool)
; profile 566: dcba cbad
(declare-const s566_ab Bool) (declare-const s566_ac Bool) (declare-const s566_ad Bool) (declare-const s566_bc Bool) (declare-const s566_bd Bool) (declare-const s566_cd Bool)
; profile 567: dcba cbda
(declare-const s567_ab Bool) (declare-const s567_ac Bool) (declare-const s567_ad Bool) (declare-const s567_bc Bool) (declare-const s567_bd Bool) (declare-const s567_cd Bool)
; profile 568: dcba cdab
(declare-const s568_ab Bool) (declare-const s568_ac Bool) (declare-const s568_ad Bool) (declare-const s568_bc Bool) (declare-const s568_bd Bool) (declare-const s568_cd Bool)
; profile 569: dcba cdba
(declare-const s569_ab Bool) (declare-const s569_ac Bool) (declare-const s569_ad Bool) (declare-const s569_bc Bool) (declare-const s569_bd Bool) (declare-const s569_cd Bool)
; profile 570: dcba dabc
(declare-const s570_ab Bool) (declare-const s570_ac Bool) (declare-const s570_ad Bool) (declare-const s570_bc Bool) (declare-const s570_bd Bool) (declare-const s570_cd Bool)
; profile 571: dcba dacb
(declare-const s571_ab Bool) (declare-const s571_ac Bool) (declare-const s571_ad Bool) (declare-const s571_bc Bool) (declare-const s571_bd Bool) (declare-const s571_cd Bool)
; profile 572: dcba dbac
(declare-const s572_ab Bool) (declare-const s572_ac Bool) (declare-const s572_ad Bool) (declare-const s572_bc Bool) (declare-const s572_bd Bool) (declare-const s572_cd Bool)
; profile 573: dcba dbca
(declare-const s573_ab Bool) (declare-const s573_ac Bool) (declare-const s573_ad Bool) (declare-const s573_bc Bool) (declare-const s573_bd Bool) (declare-const s573_cd Bool)
; profile 574: dcba dcab
(declare-const s574_ab Bool) (declare-const s574_ac Bool) (declare-const s574_ad Bool) (declare-const s574_bc Bool) (declare-const s574_bd Bool) (declare-const s574_cd Bool)
; profile 575: dcba dcba
(declare-const s575_ab Bool) (declare-const s575_ac Bool) (declare-const s575_ad Bool) (declare-const s575_bc Bool) (declare-const s575_bd Bool) (declare-const s575_cd Bool)
; the social ranking at every profile is a strict linear order (transitive on each triple)
(assert (and (sc-transitive3 s0_ab s0_bc s0_ac) (sc-transitive3 s0_ab s0_bd s0_ad) (sc-transitive3 s0_ac s0_cd s0_ad) (sc-transitive3 s0_bc s0_cd s0_bd)))
(assert (and (sc-transitive3 s1_ab s1_bc s1_ac) (sc-transitive3 s1_ab s1_bd s1_ad) (sc-transitive3 s1_ac s1_cd s1_ad) (sc-transitive3 s1_bc s1_cd s1_bd)))
(assert (and (sc-transitive3 s2_ab s2_bc s2_ac) (sc-transitive3 s2_ab s2_bd s2_ad) (sc-transitive3 s2_ac s2_cd s2_ad) (sc-transitive3 s2_bc s2_cd s2_bd)))
(assert (and (sc-transitive3 s3_ab s3_bc s3_ac) (sc-transitive3 s3_ab s3_bd s3_ad) (sc-transitive3 s3_ac s3_cd s3_ad) (sc-transitive3 s3_bc s3_cd s3_bd)))
(assert (and (sc-transitive3 s4_ab s4_bc s4_ac) (sc-transitive3 s4_ab s4_bd s4_ad) (sc-transitive3 s4_ac s4_cd s4_ad) (sc-transitive3 s4_bc s4_cd s4_bd)))
(assert (and (sc-transitive3 s5_ab s5_bc s5_ac) (sc-transitive3 s5_ab s5_bd s5_ad) (sc-transitive3 s5_ac s5_cd s5_ad) (sc-transitive3 s5_bc s5_cd s5_bd)))
(assert (and (sc-transitive3 s6_ab s6_bc s6_ac) (sc-transitive3 s6_ab s6_bd s6_ad) (sc-transitive3 s6_ac s6_cd s6_ad) (sc-transitive3 s6_bc s6_cd s6_bd)))
(assert (and (sc-transitive3 s7_ab s7_bc s7_ac) (sc-transitive3 s7_ab s7_bd s7_ad) (sc-transitive3 s7_ac s7_cd s7_ad) (sc-transitive3 s7_bc s7_cd s7_bd)))
(assert (and (sc-transitive3 s8_ab s8_bc s8_ac) (sc-transitive3 s8_ab s8_bd s8_ad) (sc-transitive3 s8_ac s8_cd s8_ad) (sc-transitive3 s8_bc s8_cd s8_bd)))
(assert (and (sc-transitive3 s9_ab s9_bc s9_ac) (sc-transitive3 s9_ab s9_bd s9_ad) (sc-transitive3 s9_ac s9_cd s9_ad) (sc-transitive3 s9_bc s9_cd s9_bd)))
(assert (and (sc-transitive3 s10_ab s10_bc s10_ac) (sc-transitive3 s10_ab s10_bd s10_ad) (sc-transitive3 s10_ac s10_cd s10_ad) (sc-transitive3 s10_bc s10_cd s10_bd)))
(assert (and (sc-transitive3 s11_ab s11_bc s11_ac) (sc-transitive3 s11_ab s11_bd s11_ad) (sc-transitive3 s11_ac s11_cd s11_ad) (sc-transitive3 s11_bc s11_cd s11_bd)))
(assert (and (sc-transitive3 s12_ab s12_bc s12_ac) (sc-transitive3 s12_ab s12_bd s12_ad) (sc-transitive3 s12_ac s12_cd s12_ad) (sc-transitive3 s12_bc s12_cd s12_bd)))
(assert (and (sc-transitive3 s13_ab s13_bc s13_ac) (sc-transitive3 s13_ab s13_bd s13_ad) (sc-transitive3 s13_ac s13_cd s13_ad) (sc-transitive3 s13_bc s13_cd s13_bd)))
(assert (and (sc-transitive3 s14_ab s14_bc s14_ac) (sc-transitive3 s14_ab s14_bd s14_ad) (sc-transitive3 s14_ac s14_cd s14_ad) (sc-transitive3 s14_bc s14_cd s14_bd)))
(assert (and (sc-transitive3 s15_ab s15_bc s15_ac) (sc-transitive3 s15_ab s15_bd s15_ad) (sc-transitive3 s15_ac s15_cd s15_ad) (sc-transitive3 s15_bc s15_cd s15_bd)))
(assert (and (sc-transitive3 s16_ab s16_bc s16_ac) (sc-transitive3 s16_ab s16_bd s16_ad) (sc-transitive3 s16_ac s16_cd s16_ad) (sc-transitive3 s16_bc s16_cd s16_bd)))
(assert (and (sc-transitive3 s17_ab s17_bc s17_ac) (sc-transitive3 s17_ab s17_bd s17_ad) (sc-transitive3 s17_ac s17_cd s17_ad) (sc-transitive3 s17_bc s17_cd s17_bd)))
(assert (and (sc-transitive3 s18_ab s18_bc s18_ac) (sc-transitive3 s18_ab s18_bd s18_ad) (sc-transitive3 s18_ac s18_cd s18_ad) (sc-transitive3 s18_bc s18_cd s18_bd)))
(assert (and (sc-transitive3 s19_ab s19_bc s19_ac) (sc-transitive3 s19_ab s19_bd s19_ad) (sc-transitive3 s19_ac s19_cd s19_ad) (sc-transitive3 s19_bc s19_cd s19_bd)))
(assert (and (sc-transitive3 s20_ab s20_bc s20_ac) (sc-transitive3 s20_ab s20_bd s20_ad) (sc-transitive3 s20_ac s20_cd s20_ad) (sc-transitive3 s20_bc s20_cd s20_bd)))
(assert (and (sc-transitive3 s21_ab s21_bc s21_ac) (sc-transitive3 s21_ab s21_bd s21_ad) (sc-transitive3 s21_ac s21_cd s21_ad) (sc-transitive3 s21_bc s21_cd s21_bd)))
(assert (and (sc-transitive3 s22_ab s22_bc s22_ac) (sc-transitive3 s22_ab s22_bd s22_ad) (sc-transitive3 s22_ac s22_cd s22_ad) (sc-transitive3 s22_bc s22_cd s22_bd)))
(assert (and (sc-transitive3 s23_ab s23_bc s23_ac) (sc-transitive3 s23_ab s23_bd s23_ad) (sc-transitive3 s23_ac s23_cd s23_ad) (sc-transitive3 s23_bc s23_cd s23_bd)))
(assert (and (sc-transitive3 s24_ab s24_bc s24_ac) (sc-transitive3 s24_ab s24_bd s24_ad) (sc-transitive3 s24_ac s24_cd s24_ad) (sc-transitive3 s24_bc s24_cd s24_bd)))
(assert (and (sc-transitive3 s25_ab s25_bc s25_ac) (sc-transitive3 s25_ab s25_bd s25_ad) (sc-transitive3 s25_ac s25_cd s25_ad) (sc-transitive3 s25_bc s25_cd s25_bd)))
(assert (and (sc-transitive3 s26_ab s26_bc s26_ac) (sc-transitive3 s26_ab s26_bd s26_ad) (sc-transitive3 s26_ac s26_cd s26_ad) (sc-transitive3 s26_bc s26_cd s26_bd)))
(assert (and (sc-transitive3 s27_ab s27_bc s27_ac) (sc-transitive3 s27_ab s27_bd s27_ad) (sc-transitive3 s27_ac s27_cd s27_ad) (sc-transitive3 s27_bc s27_cd s27_bd)))
(assert (and (sc-transitive3 s28_ab s28_bc s28_ac) (sc-transitive3 s28_ab s28_bd s28_ad) (sc-transitive3 s28_ac s28_cd s28_ad) (sc-transitive3 s28_bc s28_cd s28_bd)))
(assert (and (sc-transitive3 s29_ab s29_bc s29_ac) (sc-transitive3 s29_ab s29_bd s29_ad) (sc-transitive3 s29_ac s29_cd s29_ad) (sc-transitive3 s29_bc s29_cd s29_bd)))
(assert (and (sc-transitive3 s30_ab s30_bc s30_ac) (sc-transitive3 s30_ab s30_bd s30_ad) (sc-transitive3 s30_ac s30_cd s30_ad) (sc-transitive3 s30_bc s30_cd s30_bd)))
(assert (and (sc-transitive3 s31_ab s31_bc s31_ac) (sc-transitive3 s31_ab s31_bd s31_ad) (sc-transitive3 s31_ac s31_cd s31_ad) (sc-transitive3 s31_bc s31_cd s31_bd)))
(assert (and (sc-transitive3 s32_ab s32_bc s32_ac) (sc-transitive3 s32_ab s32_bd s32_ad) (sc-transitive3 s32_ac s32_cd s32_ad) (sc-transitive3 s32_bc s32_cd s32_bd)))
(assert (and (sc-transitive3 s33_ab s33_bc s33_ac) (sc-transitive3 s33_ab s33_bd s33_ad) (sc-transitive3 s33_ac s33_cd s33_ad) (sc-transitive3 s33_bc s33_cd s33_bd)))
(assert (and (sc-transitive3 s34_ab s34_bc s34_ac) (sc-transitive3 s34_ab s34_bd s34_ad) (sc-transitive3 s34_ac s34_cd s34_ad) (sc-transitive3 s34_bc s34_cd s34_bd)))
(assert (and (sc-transitive3 s35_ab s35_bc s35_ac) (sc-transitive3 s35_ab s35_bd s35_ad) (sc-transitive3 s35_ac s35_cd s35_ad) (sc-transitive3 s35_bc s35_cd s35_bd)))
(assert (and (sc-transitive3 s36_ab s36_bc s36_ac) (sc-transitive3 s36_ab s36_bd s36_ad) (sc-transitive3 s36_ac s36_cd s36_ad) (sc-transitive3 s36_bc s36_cd s36_bd)))
(assert (and (sc-transitive3 s37_ab s37_bc s37_ac) (sc-transitive3 s37_ab s37_bd s37_ad) (sc-transitive3 s37_ac s37_cd s37_ad) (sc-transitive3 s37_bc s37_cd s37_bd)))
(assert (and (sc-transitive3 s38_ab s38_bc s38_ac) (sc-transitive3 s38_ab s38_bd s38_ad) (sc-transitive3 s38_ac s38_cd s38_ad) (sc-transitive3 s38_bc s38_cd s38_bd)))
(assert (and (sc-transitive3 s39_ab s39_bc s39_ac) (sc-transitive3 s39_ab s39_bd s39_ad) (sc-transitive3 s39_ac s39_cd s39_ad) (sc-transitive3 s39_bc s39_cd s39_bd)))
(assert (and (sc-transitive3 s40_ab s40_bc s40_ac) (sc-transitive3 s40_ab s40_bd s40_ad) (sc-transitive3 s40_ac s40_cd s40_ad) (sc-transitive3 s40_bc s40_cd s40_bd)))
(assert (and (sc-transitive3 s41_ab s41_bc s41_ac) (sc-transitive3 s41_ab s41_bd s41_ad) (sc-transitive3 s41_ac s41_cd s41_ad) (sc-transitive3 s41_bc s41_cd s41_bd)))
(assert (and (sc-transitive3 s42_ab s42_bc s42_ac) (sc-transitive3 s42_ab s42_bd s42_ad) (sc-transitive3 s42_ac s42_cd s42_ad) (sc-transitive3 s42_bc s42_cd s42_bd)))
(assert (and (sc-transitive3 s43_ab s43_bc s43_ac) (sc-transitive3 s43_ab s43_bd s43_ad) (sc-transitive3 s43_ac s43_cd s43_ad) (sc-transitive3 s43_bc s43_cd s43_bd)))
(assert (and (sc-transitive3 s44_ab s44_bc s44_ac) (sc-transitive3 s44_ab s44_bd s44_ad) (sc-transitive3 s44_ac s44_cd s44_ad) (sc-transitive3 s44_bc s44_cd s44_bd)))
(assert (and (sc-transitive3 s45_ab s45_bc s45_ac) (sc-transitive3 s45_ab s45_bd s45_ad) (sc-transitive3 s45_ac s45_cd s45_ad) (sc-transitive3 s45_bc s45_cd s45_bd)))
(assert (and (sc-transitive3 s46_ab s46_bc s46_ac) (sc-transitive3 s46_ab s46_bd s46_ad) (sc-transitive3 s46_ac s46_cd s46_ad) (sc-transitive3 s46_bc s46_cd s46_bd)))
(assert (and (sc-transitive3 s47_ab s47_bc s47_ac) (sc-transitive3 s47_ab s47_bd s47_ad) (sc-transitive3 s47_ac s47_cd s47_ad) (sc-transitive3 s47_bc s47_cd s47_bd)))
(assert (and (sc-transitive3 s48_ab s48_bc s48_ac) (sc-transitive3 s48_ab s48_bd s48_ad) (sc-transitive3 s48_ac s48_cd s48_ad) (sc-transitive3 s48_bc s48_cd s48_bd)))
(assert (and (sc-transitive3 s49_ab s49_bc s49_ac) (sc-transitive3 s49_ab s49_bd s49_ad) (sc-transitive3 s49_ac s49_cd s49_ad) (sc-transitive3 s49_bc s49_cd s49_bd)))
(assert (and (sc-transitive3 s50_ab s50_bc s50_ac) (sc-transitive3 s50_ab s50_bd s50_ad) (sc-transitive3 s50_ac s50_cd s50_ad) (sc-transitive3 s50_bc s50_cd s50_bd)))
(assert (and (sc-transitive3 s51_ab s51_bc s51_ac) (sc-transitive3 s51_ab s51_bd s51_ad) (sc-transitive3 s51_ac s51_cd s51_ad) (sc-transitive3 s51_bc s51_cd s51_bd)))
(assert (and (sc-transitive3 s52_ab s52_bc s52_ac) (sc-transitive3 s52_ab s52_bd s52_ad) (sc-transitive3 s52_ac s52_cd s52_ad) (sc-transitive3 s52_bc s52_cd s52_bd)))
(assert (and (sc-transitive3 s53_ab s53_bc s53_ac) (sc-transitive3 s53_ab s53_bd s53_ad) (sc-transitive3 s53_ac s53_cd s53_ad) (sc-transitive3 s53_bc s53_cd s53_bd)))
(assert (and (sc-transitive3 s54_ab s54_bc s54_ac) (sc-transitive3 s54_ab s54_bd s54_ad) (sc-transitive3 s54_ac s54_cd s54_ad) (sc-transitive3 s54_bc s54_cd s54_bd)))
(assert (and (sc-transitive3 s55_ab s55_bc s55_ac) (sc-transitive3 s55_ab s55_bd s55_ad) (sc-transitive3 s55_ac s55_cd s55_ad) (sc-transitive3 s55_bc s55_cd s55_bd)))
(assert (and (sc-transitive3 s56_ab s56_bc s56_ac) (sc-transitive3 s56_ab s56_bd s56_ad) (sc-transitive3 s56_ac s56_cd s56_ad) (sc-transitive3 s56_bc s56_cd s56_bd)))
(assert (and (sc-transitive3 s57_ab s57_bc s57_ac) (sc-transitive3 s57_ab s57_bd s57_ad) (sc-transitive3 s57_ac s57_cd s57_ad) (sc-transitive3 s57_bc s57_cd s57_bd)))
(assert (and (sc-transitive3 s58_ab s58_bc s58_ac) (sc-transitive3 s58_ab s58_bd s58_ad) (sc-transitive3 s58_ac s58_cd s58_ad) (sc-transitive3 s58_bc s58_cd s58_bd)))
(assert (and (sc-transitive3 s59_ab s59_bc s59_ac) (sc-transitive3 s59_ab s59_bd s59_ad) (sc-transitive3 s59_ac s59_cd s59_ad) (sc-transitive3 s59_bc s59_cd s59_bd)))
(assert (and (sc-transitive3 s60_ab s60_bc s60_ac) (sc-transitive3 s60_ab s60_bd s60_ad) (sc-transitive3 s60_ac s60_cd s60_ad) (sc-transitive3 s60_bc s60_cd s60_bd)))
(assert (and (sc-transitive3 s61_ab s61_bc s61_ac) (sc-transitive3 s61_ab s61_bd s61_ad) (sc-transitive3 s61_ac s61_cd s61_ad) (sc-transitive3 s61_bc s61_cd s61_bd)))
(assert (and (sc-transitive3 s62_ab s62_bc s62_ac) (sc-transitive3 s62_ab s62_bd s62_ad) (sc-transitive3 s62_ac s62_cd s62_ad) (sc-transitive3 s62_bc s62_cd s62_bd)))
(assert (and (sc-transitive3 s63_ab s63_bc s63_ac) (sc-transitive3 s63_ab s63_bd s63_ad) (sc-transitive3 s63_ac s63_cd s63_ad) (sc-transitive3 s63_bc s63_cd s63_bd)))
(assert (and (sc-transitive3 s64_ab s64_bc s64_ac) (sc-transitive3 s64_ab s64_bd s64_ad) (sc-transitive3 s64_ac s64_cd s64_ad) (sc-transitive3 s64_bc s64_cd s64_bd)))
(assert (and (sc-transitive3 s65_ab s65_bc s65_ac) (sc-transitive3 s65_ab s65_bd s65_ad) (sc-transitive3 s65_ac s65_cd s65_ad) (sc-transitive3 s65_bc s65_cd s65_bd)))
(assert (and (sc-transitive3 s66_ab s66_bc s66_ac) (sc-transitive3 s66_ab s66_bd s66_ad) (sc-transitive3 s66_ac s66_cd s66_ad) (sc-transitive3 s66_bc s66_cd s66_bd)))
(assert (and (sc-transitive3 s67_ab s67_bc s67_ac) (sc-transitive3 s67_ab s67_bd s67_ad) (sc-transitive3 s67_ac s67_cd s67_ad) (sc-transitive3 s67_bc s67_cd s67_bd)))
(assert (and (sc-transitive3 s68_ab s68_bc s68_ac) (sc-transitive3 s68_ab s68_bd s68_ad) (sc-transitive3 s68_ac s68_cd s68_ad) (sc-transitive3 s68_bc s68_cd s68_bd)))
(assert (and (sc-transitive3 s69_ab s69_bc s69_ac) (sc-transitive3 s69_ab s69_bd s69_ad) (sc-transitive3 s69_ac s69_cd s69_ad) (sc-transitive3 s69_bc s69_cd s69_bd)))
(assert (and (sc-transitive3 s70_ab s70_bc s70_ac) (sc-transitive3 s70_ab s70_bd s70_ad) (sc-transitive3 s70_ac s70_cd s70_ad) (sc-transitive3 s70_bc s70_cd s70_bd)))
(assert (and (sc-transitive3 s71_ab s71_bc s71_ac) (sc-transitive3 s71_ab s71_bd s71_ad) (sc-transitive3 s71_ac s71_cd s71_ad) (sc-transitive3 s71_bc s71_cd s71_bd)))
(assert (and (sc-transitive3 s72_ab s72_bc s72_ac) (sc-transitive3 s72_ab s72_bd s72_ad) (sc-transitive3 s72_ac s72_cd s72_ad) (sc-transitive3 s72_bc s72_cd s72_bd)))
(assert (and (sc-transitive3 s73_ab s73_bc s73_ac) (sc-transitive3 s73_ab s73_bd s73_ad) (sc-transitive3 s73_ac s73_cd s73_ad) (sc-transitive3 s73_bc s73_cd s73_bd)))
(assert (and (sc-transitive3 s74_ab s74_bc s74_ac) (sc-transitive3 s74_ab s74_bd s74_ad) (sc-transitive3 s74_ac s74_cd s74_ad) (sc-transitive3 s74_bc s74_cd s74_bd)))
(assert (and (sc-transitive3 s75_ab s75_bc s75_ac) (sc-transitive3 s75_ab s75_bd s75_ad) (sc-transitive3 s75_ac s75_cd s75_ad) (sc-transitive3 s75_bc s75_cd s75_bd)))
(assert (and (sc-transitive3 s76_ab s76_bc s76_ac) (sc-transitive3 s76_ab s76_bd s76_ad) (sc-transitive3 s76_ac s76_cd s76_ad) (sc-transitive3 s76_bc s76_cd s76_bd)))
(assert (and (sc-transitive3 s77_ab s77_bc s77_ac) (sc-transitive3 s77_ab s77_bd s77_ad) (sc-transitive3 s77_ac s77_cd s77_ad) (sc-transitive3 s77_bc s77_cd s77_bd)))
(assert (and (sc-transitive3 s78_ab s78_bc s78_ac) (sc-transitive3 s78_ab s78_bd s78_ad) (sc-transitive3 s78_ac s78_cd s78_ad) (sc-transitive3 s78_bc s78_cd s78_bd)))
(assert (and (sc-transitive3 s79_ab s79_bc s79_ac) (sc-transitive3 s79_ab s79_bd s79_ad) (sc-transitive3 s79_ac s79_cd s79_ad) (sc-transitive3 s79_bc s79_cd s79_bd)))
(assert (and (sc-transitive3 s80_ab s80_bc s80_ac) (sc-transitive3 s80_ab s80_bd s80_ad) (sc-transitive3 s80_ac s80_cd s80_ad) (sc-transitive3 s80_bc s80_cd s80_bd)))
(assert (and (sc-transitive3 s81_ab s81_bc s81_ac) (sc-transitive3 s81_ab s81_bd s81_ad) (sc-transitive3 s81_ac s81_cd s81_ad) (sc-transitive3 s81_bc s81_cd s81_bd)))
(assert (and (sc-transitive3 s82_ab s82_bc s82_ac) (sc-transitive3 s82_ab s82_bd s82_ad) (sc-transitive3 s82_ac s82_cd s82_ad) (sc-transitive3 s82_bc s82_cd s82_bd)))
(assert (and (sc-transitive3 s83_ab s83_bc s83_ac) (sc-transitive3 s83_ab s83_bd s83_ad) (sc-transitive3 s83_ac s83_cd s83_ad) (sc-transitive3 s83_bc s83_cd s83_bd)))
(assert (and (sc-transitive3 s84_ab s84_bc s84_ac) (sc-transitive3 s84_ab s84_bd s84_ad) (sc-transitive3 s84_ac s84_cd s84_ad) (sc-transitive3 s84_bc s84_cd s84_bd)))
(assert (and (sc-transitive3 s85_ab s85_bc s85_ac) (sc-transitive3 s85_ab s85_bd s85_ad) (sc-transitive3 s85_ac s85_cd s85_ad) (sc-transitive3 s85_bc s85_cd s85_bd)))
(assert (and (sc-transitive3 s86_ab s86_bc s86_ac) (sc-transitive3 s86_ab s86_bd s86_ad) (sc-transitive3 s86_ac s86_cd s86_ad) (sc-transitive3 s86_bc s86_cd s86_bd)))
(assert (and (sc-transitive3 s87_ab s87_bc s87_ac) (sc-transitive3 s87_ab s87_bd s87_ad) (sc-transitive3 s87_ac s87_cd s87_ad) (sc-transitive3 s87_bc s87_cd s87_bd)))
(assert (and (sc-transitive3 s88_ab s88_bc s88_ac) (sc-transitive3 s88_ab s88_bd s88_ad) (sc-transitive3 s88_ac s88_cd s88_ad) (sc-transitive3 s88_bc s88_cd s88_bd)))
(assert (and (sc-transitive3 s89_ab s89_bc s89_ac) (sc-transitive3 s89_ab s89_bd s89_ad) (sc-transitive3 s89_ac s89_cd s89_ad) (sc-transitive3 s89_bc s89_cd s89_bd)))
(assert (and (sc-transitive3 s90_ab s90_bc s90_ac) (sc-transitive3 s90_ab s90_bd s90_ad) (sc-transitive3 s90_ac s90_cd s90_ad) (sc-transitive3 s90_bc s90_cd s90_bd)))
(assert (and (sc-transitive3 s91_ab s91_bc s91_ac) (sc-transitive3 s91_ab s91_bd s91_ad) (sc-transitive3 s91_ac s91_cd s91_ad) (sc-transitive3 s91_bc s91_cd s91_bd)))
(assert (and (sc-transitive3 s92_ab s92_bc s92_ac) (sc-transitive3 s92_ab s92_bd s92_ad) (sc-transitive3 s92_ac s92_cd s92_ad) (sc-transitive3 s92_bc s92_cd s92_bd)))
(assert (and (sc-transitive3 s93_ab s93_bc s93_ac) (sc-transitive3 s93_ab s93_bd s93_ad) (sc-transitive3 s93_ac s93_cd s93_ad) (sc-transitive3 s93_bc s93_cd s93_bd)))
(assert (and (sc-transitive3 s94_ab s94_bc s94_ac) (sc-transitive3 s94_ab s94_bd s94_ad) (sc-transitive3 s94_ac s94_cd s94_ad) (sc-transitive3 s94_bc s94_cd s94_bd)))
(assert (and (sc-transitive3 s95_ab s95_bc s95_ac) (sc-transitive3 s95_ab s95_bd s95_ad) (sc-transitive3 s95_ac s95_cd s95_ad) (sc-transitive3 s95_bc s95_cd s95_bd)))
(assert (and (sc-transitive3 s96_ab s96_bc s96_ac) (sc-transitive3 s96_ab s96_bd s96_ad) (sc-transitive3 s96_ac s96_cd s96_ad) (sc-transitive3 s96_bc s96_cd s96_bd)))
(assert (and (sc-transitive3 s97_ab s97_bc s97_ac) (sc-transitive3 s97_ab s97_bd s97_ad) (sc-transitive3 s97_ac s97_cd s97_ad) (sc-transitive3 s97_bc s97_cd s97_bd)))
(assert (and (sc-transitive3 s98_ab s98_bc s98_ac) (sc-transitive3 s98_ab s98_bd s98_ad) (sc-transitive3 s98_ac s98_cd s98_ad) (sc-transitive3 s98_bc s98_cd s98_bd)))
(assert (and (sc-transitive3 s99_ab s99_bc s99_ac) (sc-transitive3 s99_ab s99_bd s99_ad) (sc-transitive3 s99_ac s99_cd s99_ad) (sc-transitive3 s99_bc s99_cd s99_bd)))
(assert (and (sc-transitive3 s100_ab s100_bc s100_ac) (sc-transitive3 s100_ab s100_bd s100_ad) (sc-transitive3 s100_ac s100_cd s100_ad) (sc-transitive3 s100_bc s100_cd s100_bd)))
(assert (and (sc-transitive3 s101_ab s101_bc s101_ac) (sc-transitive3 s101_ab s101_bd s101_ad) (sc-transitive3 s101_ac s101_cd s101_ad) (sc-transitive3 s101_bc s101_cd s101_bd)))
(assert (and (sc-transitive3 s102_ab s102_bc s102_ac) (sc-transitive3 s102_ab s102_bd s102_ad) (sc-transitive3 s102_ac s102_cd s102_ad) (sc-transitive3 s102_bc s102_cd s102_bd)))
(assert (and (sc-transitive3 s103_ab s103_bc s103_ac) (sc-transitive3 s103_ab s103_bd s103_ad) (sc-transitive3 s103_ac s103_cd s103_ad) (sc-transitive3 s103_bc s103_cd s103_bd)))
(assert (and (sc-transitive3 s104_ab s104_bc s104_ac) (sc-transitive3 s104_ab s104_bd s104_ad) (sc-transitive3 s104_ac s104_cd s104_ad) (sc-transitive3 s104_bc s104_cd s104_bd)))
(assert (and (sc-transitive3 s105_ab s105_bc s105_ac) (sc-transitive3 s105_ab s105_bd s105_ad) (sc-transitive3 s105_ac s105_cd s105_ad) (sc-transitive3 s105_bc s105_cd s105_bd)))
(assert (and (sc-transitive3 s106_ab s106_bc s106_ac) (sc-transitive3 s106_ab s106_bd s106_ad) (sc-transitive3 s106_ac s106_cd s106_ad) (sc-transitive3 s106_bc s106_cd s106_bd)))
(assert (and (sc-transitive3 s107_ab s107_bc s107_ac) (sc-transitive3 s107_ab s107_bd s107_ad) (sc-transitive3 s107_ac s107_cd s107_ad) (sc-transitive3 s107_bc s107_cd s107_bd)))
(assert (and (sc-transitive3 s108_ab s108_bc s108_ac) (sc-transitive3 s108_ab s108_bd s108_ad) (sc-transitive3 s108_ac s108_cd s108_ad) (sc-transitive3 s108_bc s108_cd s108_bd)))
(assert (and (sc-transitive3 s109_ab s109_bc s109_ac) (sc-transitive3 s109_ab s109_bd s109_ad) (sc-transitive3 s109_ac s109_cd s109_ad) (sc-transitive3 s109_bc s109_cd s109_bd)))
(assert (and (sc-transitive3 s110_ab s110_bc s110_ac) (sc-transitive3 s110_ab s110_bd s110_ad) (sc-transitive3 s110_ac s110_cd s110_ad) (sc-transitive3 s110_bc s110_cd s110_bd)))
(assert (and (sc-transitive3 s111_ab s111_bc s111_ac) (sc-transitive3 s111_ab s111_bd s111_ad) (sc-transitive3 s111_ac s111_cd s111_ad) (sc-transitive3 s111_bc s111_cd s111_bd)))
(assert (and (sc-transitive3 s112_ab s112_bc s112_ac) (sc-transitive3 s112_ab s112_bd s112_ad) (sc-transitive3 s112_ac s112_cd s112_ad) (sc-transitive3 s112_bc s112_cd s112_bd)))
(assert (and (sc-transitive3 s113_ab s113_bc s113_ac) (sc-transitive3 s113_ab s113_bd s113_ad) (sc-transitive3 s113_ac s113_cd s113_ad) (sc-transitive3 s113_bc s113_cd s113_bd)))
(assert (and (sc-transitive3 s114_ab s114_bc s114_ac) (sc-transitive3 s114_ab s114_bd s114_ad) (sc-transitive3 s114_ac s114_cd s114_ad) (sc-transitive3 s114_bc s114_cd s114_bd)))
(assert (and (sc-transitive3 s115_ab s115_bc s115_ac) (sc-transitive3 s115_ab s115_bd s115_ad) (sc-transitive3 s115_ac s115_cd s115_ad) (sc-transitive3 s115_bc s115_cd s115_bd)))
(assert (and (sc-transitive3 s116_ab s116_bc s116_ac) (sc-transitive3 s116_ab s116_bd s116_ad) (sc-transitive3 s116_ac s116_cd s116_ad) (sc-transitive3 s116_bc s116_cd s116_bd)))
(assert (and (sc-transitive3 s117_ab s117_bc s117_ac) (sc-transitive3 s117_ab s117_bd s117_ad) (sc-transitive3 s117_ac s117_cd s117_ad) (sc-transitive3 s117_bc s117_cd s117_bd)))
(assert (and (sc-transitive3 s118_ab s118_bc s118_ac) (sc-transitive3 s118_ab s118_bd s118_ad) (sc-transitive3 s118_ac s118_cd s118_ad) (sc-transitive3 s118_bc s118_cd s118_bd)))
(assert (and (sc-transitive3 s119_ab s119_bc s119_ac) (sc-transitive3 s119_ab s119_bd s119_ad) (sc-transitive3 s119_ac s119_cd s119_ad) (sc-transitive3 s119_bc s119_cd s119_bd)))
(assert (and (sc-transitive3 s120_ab s120_bc s120_ac) (sc-transitive3 s120_ab s120_bd s120_ad) (sc-transitive3 s120_ac s120_cd s120_ad) (sc-transitive3 s120_bc s120_cd s120_bd)))
(assert (and (sc-transitive3 s121_ab s121_bc s121_ac) (sc-transitive3 s121_ab s121_bd s121_ad) (sc-transitive3 s121_ac s121_cd s121_ad) (sc-transitive3 s121_bc s121_cd s121_bd)))
(assert (and (sc-transitive3 s122_ab s122_bc s122_ac) (sc-transitive3 s122_ab s122_bd s122_ad) (sc-transitive3 s122_ac s122_cd s122_ad) (sc-transitive3 s122_bc s122_cd s122_bd)))
(assert (and (sc-transitive3 s123_ab s123_bc s123_ac) (sc-transitive3 s123_ab s123_bd s123_ad) (sc-transitive3 s123_ac s123_cd s123_ad) (sc-transitive3 s123_bc s123_cd s123_bd)))
(assert (and (sc-transitive3 s124_ab s124_bc s124_ac) (sc-transitive3 s124_ab s124_bd s124_ad) (sc-transitive3 s124_ac s124_cd s124_ad) (sc-transitive3 s124_bc s124_cd s124_bd)))
(assert (and (sc-transitive3 s125_ab s125_bc s125_ac) (sc-transitive3 s125_ab s125_bd s125_ad) (sc-transitive3 s125_ac s125_cd s125_ad) (sc-transitive3 s125_bc s125_cd s125_bd)))
(assert (and (sc-transitive3 s126_ab s126_bc s126_ac) (sc-transitive3 s126_ab s126_bd s126_ad) (sc-transitive3 s126_ac s126_cd s126_ad) (sc-transitive3 s126_bc s126_cd s126_bd)))
(assert (and (sc-transitive3 s127_ab s127_bc s127_ac) (sc-transitive3 s127_ab s127_bd s127_ad) (sc-transitive3 s127_ac s127_cd s127_ad) (sc-transitive3 s127_bc s127_cd s127_bd)))
(assert (and (sc-transitive3 s128_ab s128_bc s128_ac) (sc-transitive3 s128_ab s128_bd s128_ad) (sc-transitive3 s128_ac s128_cd s128_ad) (sc-transitive3 s128_bc s128_cd s128_bd)))
(assert (and (sc-transitive3 s129_ab s129_bc s129_ac) (sc-transitive3 s129_ab s129_bd s129_ad) (sc-transitive3 s129_ac s129_cd s129_ad) (sc-transitive3 s129_bc s129_cd s129_bd)))
(assert (and (sc-transitive3 s130_ab s130_bc s130_ac) (sc-transitive3 s130_ab s130_bd s130_ad) (sc-transitive3 s130_ac s130_cd s130_ad) (sc-transitive3 s130_bc s130_cd s130_bd)))
(assert (and (sc-transitive3 s131_ab s131_bc s131_ac) (sc-transitive3 s131_ab s131_bd s131_ad) (sc-transitive3 s131_ac s131_cd s131_ad) (sc-transitive3 s131_bc s131_cd s131_bd)))
(assert (and (sc-transitive3 s132_ab s132_bc s132_ac) (sc-transitive3 s132_ab s132_bd s132_ad) (sc-transitive3 s132_ac s132_cd s132_ad) (sc-transitive3 s132_bc s132_cd s132_bd)))
(assert (and (sc-transitive3 s133_ab s133_bc s133_ac) (sc-transitive3 s133_ab s133_bd s133_ad) (sc-transitive3 s133_ac s133_cd s133_ad) (sc-transitive3 s133_bc s133_cd s133_bd)))
(assert (and (sc-transitive3 s134_ab s134_bc s134_ac) (sc-transitive3 s134_ab s134_bd s134_ad) (sc-transitive3 s134_ac s134_cd s134_ad) (sc-transitive3 s134_bc s134_cd s134_bd)))
(assert (and (sc-transitive3 s135_ab s135_bc s135_ac) (sc-transitive3 s135_ab s135_bd s135_ad) (sc-transitive3 s135_ac s135_cd s135_ad) (sc-transitive3 s135_bc s135_cd s135_bd)))
(assert (and (sc-transitive3 s136_ab s136_bc s136_ac) (sc-transitive3 s136_ab s136_bd s136_ad) (sc-transitive3 s136_ac s136_cd s136_ad) (sc-transitive3 s136_bc s136_cd s136_bd)))
(assert (and (sc-transitive3 s137_ab s137_bc s137_ac) (sc-transitive3 s137_ab s137_bd s137_ad) (sc-transitive3 s137_ac s137_cd s137_ad) (sc-transitive3 s137_bc s137_cd s137_bd)))
(assert (and (sc-transitive3 s138_ab s138_bc s138_ac) (sc-transitive3 s138_ab s138_bd s138_ad) (sc-transitive3 s138_ac s138_cd s138_ad) (sc-transitive3 s138_bc s138_cd s138_bd)))
(assert (and (sc-transitive3 s139_ab s139_bc s139_ac) (sc-transitive3 s139_ab s139_bd s139_ad) (sc-transitive3 s139_ac s139_cd s139_ad) (sc-transitive3 s139_bc s139_cd s139_bd)))
(assert (and (sc-transitive3 s140_ab s140_bc s140_ac) (sc-transitive3 s140_ab s140_bd s140_ad) (sc-transitive3 s140_ac s140_cd s140_ad) (sc-transitive3 s140_bc s140_cd s140_bd)))
(assert (and (sc-transitive3 s141_ab s141_bc s141_ac) (sc-transitive3 s141_ab s141_bd s141_ad) (sc-transitive3 s141_ac s141_cd s141_ad) (sc-transitive3 s141_bc s141_cd s141_bd)))
(assert (and (sc-transitive3 s142_ab s142_bc s142_ac) (sc-transitive3 s142_ab s142_bd s142_ad) (sc-transitive3 s142_ac s142_cd s142_ad) (sc-transitive3 s142_bc s142_cd s142_bd)))
(assert (and (sc-transitive3 s143_ab s143_bc s143_ac) (sc-transitive3 s143_ab s143_bd s143_ad) (sc-transitive3 s143_ac s143_cd s143_ad) (sc-transitive3 s143_bc s143_cd s143_bd)))
(assert (and (sc-transitive3 s144_ab s144_bc s144_ac) (sc-transitive3 s144_ab s144_bd s144_ad) (sc-transitive3 s144_ac s144_cd s144_ad) (sc-transitive3 s144_bc s144_cd s144_bd)))
(assert (and (sc-transitive3 s145_ab s145_bc s145_ac) (sc-transitive3 s145_ab s145_bd s145_ad) (sc-transitive3 s145_ac s145_cd s145_ad) (sc-transitive3 s145_bc s145_cd s145_bd)))
(assert (and (sc-transitive3 s146_ab s146_bc s146_ac) (sc-transitive3 s146_ab s146_bd s146_ad) (sc-transitive3 s146_ac s146_cd s146_ad) (sc-transitive3 s146_bc s146_cd s146_bd)))
(assert (and (sc-transitive3 s147_ab s147_bc s147_ac) (sc-transitive3 s147_ab s147_bd s147_ad) (sc-transitive3 s147_ac s147_cd s147_ad) (sc-transitive3 s147_bc s147_cd s147_bd)))
(assert (and (sc-transitive3 s148_ab s148_bc s148_ac) (sc-transitive3 s148_ab s148_bd s148_ad) (sc-transitive3 s148_ac s148_cd s148_ad) (sc-transitive3 s148_bc s148_cd s148_bd)))
(assert (and (sc-transitive3 s149_ab s149_bc s149_ac) (sc-transitive3 s149_ab s149_bd s149_ad) (sc-transitive3 s149_ac s149_cd s149_ad) (sc-transitive3 s149_bc s149_cd s149_bd)))
(assert (and (sc-transitive3 s150_ab s150_bc s150_ac) (sc-transitive3 s150_ab s150_bd s150_ad) (sc-transitive3 s150_ac s150_cd s150_ad) (sc-transitive3 s150_bc s150_cd s150_bd)))
(assert (and (sc-transitive3 s151_ab s151_bc s151_ac) (sc-transitive3 s151_ab s151_bd s151_ad) (sc-transitive3 s151_ac s151_cd s151_ad) (sc-transitive3 s151_bc s151_cd s151_bd)))
(assert (and (sc-transitive3 s152_ab s152_bc s152_ac) (sc-transitive3 s152_ab s152_bd s152_ad) (sc-transitive3 s152_ac s152_cd s152_ad) (sc-transitive3 s152_bc s152_cd s152_bd)))
(assert (and (sc-transitive3 s153_ab s153_bc s153_ac) (sc-transitive3 s153_ab s153_bd s153_ad) (sc-transitive3 s153_ac s153_cd s153_ad) (sc-transitive3 s153_bc s153_cd s153_bd)))
(assert (and (sc-transitive3 s154_ab s154_bc s154_ac) (sc-transitive3 s154_ab s154_bd s154_ad) (sc-transitive3 s154_ac s154_cd s154_ad) (sc-transitive3 s154_bc s154_cd s154_bd)))
(assert (and (sc-transitive3 s155_ab s155_bc s155_ac) (sc-transitive3 s155_ab s155_bd s155_ad) (sc-transitive3 s155_ac s155_cd s155_ad) (sc-transitive3 s155_bc s155_cd s155_bd)))
(assert (and (sc-transitive3 s156_ab s156_bc s156_ac) (sc-transitive3 s156_ab s156_bd s156_ad) (sc-transitive3 s156_ac s156_cd s156_ad) (sc-transitive3 s156_bc s156_cd s156_bd)))
(assert (and (sc-transitive3 s157_ab s157_bc s157_ac) (sc-transitive3 s157_ab s157_bd s157_ad) (sc-transitive3 s157_ac s157_cd s157_ad) (sc-transitive3 s157_bc s157_cd s157_bd)))
(assert (and (sc-transitive3 s158_ab s158_bc s158_ac) (sc-transitive3 s158_ab s158_bd s158_ad) (sc-transitive3 s158_ac s158_cd s158_ad) (sc-transitive3 s158_bc s158_cd s158_bd)))
(assert (and (sc-transitive3 s159_ab s159_bc s159_ac) (sc-transitive3 s159_ab s159_bd s159_ad) (sc-transitive3 s159_ac s159_cd s159_ad) (sc-transitive3 s159_bc s159_cd s159_bd)))
(assert (and (sc-transitive3 s160_ab s160_bc s160_ac) (sc-transitive3 s160_ab s160_bd s160_ad) (sc-transitive3 s160_ac s160_cd s160_ad) (sc-transitive3 s160_bc s160_cd s160_bd)))
(assert (and (sc-transitive3 s161_ab s161_bc s161_ac) (sc-transitive3 s161_ab s161_bd s161_ad) (sc-transitive3 s161_ac s161_cd s161_ad) (sc-transitive3 s161_bc s161_cd s161_bd)))
(assert (and (sc-transitive3 s162_ab s162_bc s162_ac) (sc-transitive3 s162_ab s162_bd s162_ad) (sc-transitive3 s162_ac s162_cd s162_ad) (sc-transitive3 s162_bc s162_cd s162_bd)))
(assert (and (sc-transitive3 s163_ab s163_bc s163_ac) (sc-transitive3 s163_ab s163_bd s163_ad) (sc-transitive3 s163_ac s163_cd s163_ad) (sc-transitive3 s163_bc s163_cd s163_bd)))
(assert (and (sc-transitive3 s164_ab s164_bc s164_ac) (sc-transitive3 s164_ab s164_bd s164_ad) (sc-transitive3 s164_ac s164_cd s164_ad) (sc-transitive3 s164_bc s164_cd s164_bd)))
(assert (and (sc-transitive3 s165_ab s165_bc s165_ac) (sc-transitive3 s165_ab s165_bd s165_ad) (sc-transitive3 s165_ac s165_cd s165_ad) (sc-transitive3 s165_bc s165_cd s165_bd)))
(assert (and (sc-transitive3 s166_ab s166_bc s166_ac) (sc-transitive3 s166_ab s166_bd s166_ad) (sc-transitive3 s166_ac s166_cd s166_ad) (sc-transitive3 s166_bc s166_cd s166_bd)))
(assert (and (sc-transitive3 s167_ab s167_bc s167_ac) (sc-transitive3 s167_ab s167_bd s167_ad) (sc-transitive3 s167_ac s167_cd s167_ad) (sc-transitive3 s167_bc s167_cd s167_bd)))
(assert (and (sc-transitive3 s168_ab s168_bc s168_ac) (sc-transitive3 s168_ab s168_bd s168_ad) (sc-transitive3 s168_ac s168_cd s168_ad) (sc-transitive3 s168_bc s168_cd s168_bd)))
(assert (and (sc-transitive3 s169_ab s169_bc s169_ac) (sc-transitive3 s169_ab s169_bd s169_ad) (sc-transitive3 s169_ac s169_cd s169_ad) (sc-transitive3 s169_bc s169_cd s169_bd)))
(assert (and (sc-transitive3 s170_ab s170_bc s170_ac) (sc-transitive3 s170_ab s170_bd s170_ad) (sc-transitive3 s170_ac s170_cd s170_ad) (sc-transitive3 s170_bc s170_cd s170_bd)))
(assert (and (sc-transitive3 s171_ab s171_bc s171_ac) (sc-transitive3 s171_ab s171_bd s171_ad) (sc-transitive3 s171_ac s171_cd s171_ad) (sc-transitive3 s171_bc s171_cd s171_bd)))
(assert (and (sc-transitive3 s172_ab s172_bc s172_ac) (sc-transitive3 s172_ab s172_bd s172_ad) (sc-transitive3 s172_ac s172_cd s172_ad) (sc-transitive3 s172_bc s172_cd s172_bd)))
(assert (and (sc-transitive3 s173_ab s173_bc s173_ac) (sc-transitive3 s173_ab s173_bd s173_ad) (sc-transitive3 s173_ac s173_cd s173_ad) (sc-transitive3 s173_bc s173_cd s173_bd)))
(assert (and (sc-transitive3 s174_ab s174_bc s174_ac) (sc-transitive3 s174_ab s174_bd s174_ad) (sc-transitive3 s174_ac s174_cd s174_ad) (sc-transitive3 s174_bc s174_cd s174_bd)))
(assert (and (sc-transitive3 s175_ab s175_bc s175_ac) (sc-transitive3 s175_ab s175_bd s175_ad) (sc-transitive3 s175_ac s175_cd s175_ad) (sc-transitive3 s175_bc s175_cd s175_bd)))
(assert (and (sc-transitive3 s176_ab s176_bc s176_ac) (sc-transitive3 s176_ab s176_bd s176_ad) (sc-transitive3 s176_ac s176_cd s176_ad) (sc-transitive3 s176_bc s176_cd s176_bd)))
(assert (and (sc-transitive3 s177_ab s177_bc s177_ac) (sc-transitive3 s177_ab s177_bd s177_ad) (sc-transitive3 s177_ac s177_cd s177_ad) (sc-transitive3 s177_bc s177_cd s177_bd)))
(assert (and (sc-transitive3 s178_ab s178_bc s178_ac) (sc-transitive3 s178_ab s178_bd s178_ad) (sc-transitive3 s178_ac s178_cd s178_ad) (sc-transitive3 s178_bc s178_cd s178_bd)))
(assert (and (sc-transitive3 s179_ab s179_bc s179_ac) (sc-transitive3 s179_ab s179_bd s179_ad) (sc-transitive3 s179_ac s179_cd s179_ad) (sc-transitive3 s179_bc s179_cd s179_bd)))
(assert (and (sc-transitive3 s180_ab s180_bc s180_ac) (sc-transitive3 s180_ab s180_bd s180_ad) (sc-transitive3 s180_ac s180_cd s180_ad) (sc-transitive3 s180_bc s180_cd s180_bd)))
(assert (and (sc-transitive3 s181_ab s181_bc s181_ac) (sc-transitive3 s181_ab s181_bd s181_ad) (sc-transitive3 s181_ac s181_cd s181_ad) (sc-transitive3 s181_bc s181_cd s181_bd)))
(assert (and (sc-transitive3 s182_ab s182_bc s182_ac) (sc-transitive3 s182_ab s182_bd s182_ad) (sc-transitive3 s182_ac s182_cd s182_ad) (sc-transitive3 s182_bc s182_cd s182_bd)))
(assert (and (sc-transitive3 s183_ab s183_bc s183_ac) (sc-transitive3 s183_ab s183_bd s183_ad) (sc-transitive3 s183_ac s183_cd s183_ad) (sc-transitive3 s183_bc s183_cd s183_bd)))
(assert (and (sc-transitive3 s184_ab s184_bc s184_ac) (sc-transitive3 s184_ab s184_bd s184_ad) (sc-transitive3 s184_ac s184_cd s184_ad) (sc-transitive3 s184_bc s184_cd s184_bd)))
(assert (and (sc-transitive3 s185_ab s185_bc s185_ac) (sc-transitive3 s185_ab s185_bd s185_ad) (sc-transitive3 s185_ac s185_cd s185_ad) (sc-transitive3 s185_bc s185_cd s185_bd)))
(assert (and (sc-transitive3 s186_ab s186_bc s186_ac) (sc-transitive3 s186_ab s186_bd s186_ad) (sc-transitive3 s186_ac s186_cd s186_ad) (sc-transitive3 s186_bc s186_cd s186_bd)))
(assert (and (sc-transitive3 s187_ab s187_bc s187_ac) (sc-transitive3 s187_ab s187_bd s187_ad) (sc-transitive3 s187_ac s187_cd s187_ad) (sc-transitive3 s187_bc s187_cd s187_bd)))
(assert (and (sc-transitive3 s188_ab s188_bc s188_ac) (sc-transitive3 s188_ab s188_bd s188_ad) (sc-transitive3 s188_ac s188_cd s188_ad) (sc-transitive3 s188_bc s188_cd s188_bd)))
(assert (and (sc-transitive3 s189_ab s189_bc s189_ac) (sc-transitive3 s189_ab s189_bd s189_ad) (sc-transitive3 s189_ac s189_cd s189_ad) (sc-transitive3 s189_bc s189_cd s189_bd)))
(assert (and (sc-transitive3 s190_ab s190_bc s190_ac) (sc-transitive3 s190_ab s190_bd s190_ad) (sc-transitive3 s190_ac s190_cd s190_ad) (sc-transitive3 s190_bc s190_cd s190_bd)))
(assert (and (sc-transitive3 s191_ab s191_bc s191_ac) (sc-transitive3 s191_ab s191_bd s191_ad) (sc-transitive3 s191_ac s191_cd s191_ad) (sc-transitive3 s191_bc s191_cd s191_bd)))
(assert (and (sc-transitive3 s192_ab s192_bc s192_ac) (sc-transitive3 s192_ab s192_bd s192_ad) (sc-transitive3 s192_ac s192_cd s192_ad) (sc-transitive3 s192_bc s192_cd s192_bd)))
(assert (and (sc-transitive3 s193_ab s193_bc s193_ac) (sc-transitive3 s193_ab s193_bd s193_ad) (sc-transitive3 s193_ac s193_cd s193_ad) (sc-transitive3 s193_bc s193_cd s193_bd)))
(assert (and (sc-transitive3 s194_ab s194_bc s194_ac) (sc-transitive3 s194_ab s194_bd s194_ad) (sc-transitive3 s194_ac s194_cd s194_ad) (sc-transitive3 s194_bc s194_cd s194_bd)))
(assert (and (sc-transitive3 s195_ab s195_bc s195_ac) (sc-transitive3 s195_ab s195_bd s195_ad) (sc-transitive3 s195_ac s195_cd s195_ad) (sc-transitive3 s195_bc s195_cd s195_bd)))
(assert (and (sc-transitive3 s196_ab s196_bc s196_ac) (sc-transitive3 s196_ab s196_bd s196_ad) (sc-transitive3 s196_ac s196_cd s196_ad) (sc-transitive3 s196_bc s196_cd s196_bd)))
(assert (and (sc-transitive3 s197_ab s197_bc s197_ac) (sc-transitive3 s197_ab s197_bd s197_ad) (sc-transitive3 s197_ac s197_cd s197_ad) (sc-transitive3 s197_bc s197_cd s197_bd)))
(assert (and (sc-transitive3 s198_ab s198_bc s198_ac) (sc-transitive3 s198_ab s198_bd s198_ad) (sc-transitive3 s198_ac s198_cd s198_ad) (sc-transitive3 s198_bc s198_cd s198_bd)))
(assert (and (sc-transitive3 s199_ab s199_bc s199_ac) (sc-transitive3 s199_ab s199_bd s199_ad) (sc-transitive3 s199_ac s199_cd s199_ad) (sc-transitive3 s199_bc s199_cd s199_bd)))
(assert (and (sc-transitive3 s200_ab s200_bc s200_ac) (sc-transitive3 s200_ab s200_bd s200_ad) (sc-transitive3 s200_ac s200_cd s200_ad) (sc-transitive3 s200_bc s200_cd s200_bd)))
(assert (and (sc-transitive3 s201_ab s201_bc s201_ac) (sc-transitive3 s201_ab s201_bd s201_ad) (sc-transitive3 s201_ac s201_cd s201_ad) (sc-transitive3 s201_bc s201_cd s201_bd)))
(assert (and (sc-transitive3 s202_ab s202_bc s202_ac) (sc-transitive3 s202_ab s202_bd s202_ad) (sc-transitive3 s202_ac s202_cd s202_ad) (sc-transitive3 s202_bc s202_cd s202_bd)))
(assert (and (sc-transitive3 s203_ab s203_bc s203_ac) (sc-transitive3 s203_ab s203_bd s203_ad) (sc-transitive3 s203_ac s203_cd s203_ad) (sc-transitive3 s203_bc s203_cd s203_bd)))
(assert (and (sc-transitive3 s204_ab s204_bc s204_ac) (sc-transitive3 s204_ab s204_bd s204_ad) (sc-transitive3 s204_ac s204_cd s204_ad) (sc-transitive3 s204_bc s204_cd s204_bd)))
(assert (and (sc-transitive3 s205_ab s205_bc s205_ac) (sc-transitive3 s205_ab s205_bd s205_ad) (sc-transitive3 s205_ac s205_cd s205_ad) (sc-transitive3 s205_bc s205_cd s205_bd)))
(assert (and (sc-transitive3 s206_ab s206_bc s206_ac) (sc-transitive3 s206_ab s206_bd s206_ad) (sc-transitive3 s206_ac s206_cd s206_ad) (sc-transitive3 s206_bc s206_cd s206_bd)))
(assert (and (sc-transitive3 s207_ab s207_bc s207_ac) (sc-transitive3 s207_ab s207_bd s207_ad) (sc-transitive3 s207_ac s207_cd s207_ad) (sc-transitive3 s207_bc s207_cd s207_bd)))
(assert (and (sc-transitive3 s208_ab s208_bc s208_ac) (sc-transitive3 s208_ab s208_bd s208_ad) (sc-transitive3 s208_ac s208_cd s208_ad) (sc-transitive3 s208_bc s208_cd s208_bd)))
(assert (and (sc-transitive3 s209_ab s209_bc s209_ac) (sc-transitive3 s209_ab s209_bd s209_ad) (sc-transitive3 s209_ac s209_cd s209_ad) (sc-transitive3 s209_bc s209_cd s209_bd)))
(assert (and (sc-transitive3 s210_ab s210_bc s210_ac) (sc-transitive3 s210_ab s210_bd s210_ad) (sc-transitive3 s210_ac s210_cd s210_ad) (sc-transitive3 s210_bc s210_cd s210_bd)))
(assert (and (sc-transitive3 s211_ab s211_bc s211_ac) (sc-transitive3 s211_ab s211_bd s211_ad) (sc-transitive3 s211_ac s211_cd s211_ad) (sc-transitive3 s211_bc s211_cd s211_bd)))
(assert (and (sc-transitive3 s212_ab s212_bc s212_ac) (sc-transitive3 s212_ab s212_bd s212_ad) (sc-transitive3 s212_ac s212_cd s212_ad) (sc-transitive3 s212_bc s212_cd s212_bd)))
(assert (and (sc-transitive3 s213_ab s213_bc s213_ac) (sc-transitive3 s213_ab s213_bd s213_ad) (sc-transitive3 s213_ac s213_cd s213_ad) (sc-transitive3 s213_bc s213_cd s213_bd)))
(assert (and (sc-transitive3 s214_ab s214_bc s214_ac) (sc-transitive3 s214_ab s214_bd s214_ad) (sc-transitive3 s214_ac s214_cd s214_ad) (sc-transitive3 s214_bc s214_cd s214_bd)))
(assert (and (sc-transitive3 s215_ab s215_bc s215_ac) (sc-transitive3 s215_ab s215_bd s215_ad) (sc-transitive3 s215_ac s215_cd s215_ad) (sc-transitive3 s215_bc s215_cd s215_bd)))
(assert (and (sc-transitive3 s216_ab s216_bc s216_ac) (sc-transitive3 s216_ab s216_bd s216_ad) (sc-transitive3 s216_ac s216_cd s216_ad) (sc-transitive3 s216_bc s216_cd s216_bd)))
(assert (and (sc-transitive3 s217_ab s217_bc s217_ac) (sc-transitive3 s217_ab s217_bd s217_ad) (sc-transitive3 s217_ac s217_cd s217_ad) (sc-transitive3 s217_bc s217_cd s217_bd)))
(assert (and (sc-transitive3 s218_ab s218_bc s218_ac) (sc-transitive3 s218_ab s218_bd s218_ad) (sc-transitive3 s218_ac s218_cd s218_ad) (sc-transitive3 s218_bc s218_cd s218_bd)))
(assert (and (sc-transitive3 s219_ab s219_bc s219_ac) (sc-transitive3 s219_ab s219_bd s219_ad) (sc-transitive3 s219_ac s219_cd s219_ad) (sc-transitive3 s219_bc s219_cd s219_bd)))
(assert (and (sc-transitive3 s220_ab s220_bc s220_ac) (sc-transitive3 s220_ab s220_bd s220_ad) (sc-transitive3 s220_ac s220_cd s220_ad) (sc-transitive3 s220_bc s220_cd s220_bd)))
(assert (and (sc-transitive3 s221_ab s221_bc s221_ac) (sc-transitive3 s221_ab s221_bd s221_ad) (sc-transitive3 s221_ac s221_cd s221_ad) (sc-transitive3 s221_bc s221_cd s221_bd)))
(assert (and (sc-transitive3 s222_ab s222_bc s222_ac) (sc-transitive3 s222_ab s222_bd s222_ad) (sc-transitive3 s222_ac s222_cd s222_ad) (sc-transitive3 s222_bc s222_cd s222_bd)))
(assert (and (sc-transitive3 s223_ab s223_bc s223_ac) (sc-transitive3 s223_ab s223_bd s223_ad) (sc-transitive3 s223_ac s223_cd s223_ad) (sc-transitive3 s223_bc s223_cd s223_bd)))
(assert (and (sc-transitive3 s224_ab s224_bc s224_ac) (sc-transitive3 s224_ab s224_bd s224_ad) (sc-transitive3 s224_ac s224_cd s224_ad) (sc-transitive3 s224_bc s224_cd s224_bd)))
(assert (and (sc-transitive3 s225_ab s225_bc s225_ac) (sc-transitive3 s225_ab s225_bd s225_ad) (sc-transitive3 s225_ac s225_cd s225_ad) (sc-transitive3 s225_bc s225_cd s225_bd)))
(assert (and (sc-transitive3 s226_ab s226_bc s226_ac) (sc-transitive3 s226_ab s226_bd s226_ad) (sc-transitive3 s226_ac s226_cd s226_ad) (sc-transitive3 s226_bc s226_cd s226_bd)))
(assert (and (sc-transitive3 s227_ab s227_bc s227_ac) (sc-transitive3 s227_ab s227_bd s227_ad) (sc-transitive3 s227_ac s227_cd s227_ad) (sc-transitive3 s227_bc s227_cd s227_bd)))
(assert (and (sc-transitive3 s228_ab s228_bc s228_ac) (sc-transitive3 s228_ab s228_bd s228_ad) (sc-transitive3 s228_ac s228_cd s228_ad) (sc-transitive3 s228_bc s228_cd s228_bd)))
(assert (and (sc-transitive3 s229_ab s229_bc s229_ac) (sc-transitive3 s229_ab s229_bd s229_ad) (sc-transitive3 s229_ac s229_cd s229_ad) (sc-transitive3 s229_bc s229_cd s229_bd)))
(assert (and (sc-transitive3 s230_ab s230_bc s230_ac) (sc-transitive3 s230_ab s230_bd s230_ad) (sc-transitive3 s230_ac s230_cd s230_ad) (sc-transitive3 s230_bc s230_cd s230_bd)))
(assert (and (sc-transitive3 s231_ab s231_bc s231_ac) (sc-transitive3 s231_ab s231_bd s231_ad) (sc-transitive3 s231_ac s231_cd s231_ad) (sc-transitive3 s231_bc s231_cd s231_bd)))
(assert (and (sc-transitive3 s232_ab s232_bc s232_ac) (sc-transitive3 s232_ab s232_bd s232_ad) (sc-transitive3 s232_ac s232_cd s232_ad) (sc-transitive3 s232_bc s232_cd s232_bd)))
(assert (and (sc-transitive3 s233_ab s233_bc s233_ac) (sc-transitive3 s233_ab s233_bd s233_ad) (sc-transitive3 s233_ac s233_cd s233_ad) (sc-transitive3 s233_bc s233_cd s233_bd)))
(assert (and (sc-transitive3 s234_ab s234_bc s234_ac) (sc-transitive3 s234_ab s234_bd s234_ad) (sc-transitive3 s234_ac s234_cd s234_ad) (sc-transitive3 s234_bc s234_cd s234_bd)))
(assert (and (sc-transitive3 s235_ab s235_bc s235_ac) (sc-transitive3 s235_ab s235_bd s235_ad) (sc-transitive3 s235_ac s235_cd s235_ad) (sc-transitive3 s235_bc s235_cd s235_bd)))
(assert (and (sc-transitive3 s236_ab s236_bc s236_ac) (sc-transitive3 s236_ab s236_bd s236_ad) (sc-transitive3 s236_ac s236_cd s236_ad) (sc-transitive3 s236_bc s236_cd s236_bd)))
(assert (and (sc-transitive3 s237_ab s237_bc s237_ac) (sc-transitive3 s237_ab s237_bd s237_ad) (sc-transitive3 s237_ac s237_cd s237_ad) (sc-transitive3 s237_bc s237_cd s237_bd)))
(assert (and (sc-transitive3 s238_ab s238_bc s238_ac) (sc-transitive3 s238_ab s238_bd s238_ad) (sc-transitive3 s238_ac s238_cd s238_ad) (sc-transitive3 s238_bc s238_cd s238_bd)))
(assert (and (sc-transitive3 s239_ab s239_bc s239_ac) (sc-transitive3 s239_ab s239_bd s239_ad) (sc-transitive3 s239_ac s239_cd s239_ad) (sc-transitive3 s239_bc s239_cd s239_bd)))
(assert (and (sc-transitive3 s240_ab s240_bc s240_ac) (sc-transitive3 s240_ab s240_bd s240_ad) (sc-transitive3 s240_ac s240_cd s240_ad) (sc-transitive3 s240_bc s240_cd s240_bd)))
(assert (and (sc-transitive3 s241_ab s241_bc s241_ac) (sc-transitive3 s241_ab s241_bd s241_ad) (sc-transitive3 s241_ac s241_cd s241_ad) (sc-transitive3 s241_bc s241_cd s241_bd)))
(assert (and (sc-transitive3 s242_ab s242_bc s242_ac) (sc-transitive3 s242_ab s242_bd s242_ad) (sc-transitive3 s242_ac s242_cd s242_ad) (sc-transitive3 s242_bc s242_cd s242_bd)))
(assert (and (sc-transitive3 s243_ab s243_bc s243_ac) (sc-transitive3 s243_ab s243_bd s243_ad) (sc-transitive3 s243_ac s243_cd s243_ad) (sc-transitive3 s243_bc s243_cd s243_bd)))
(assert (and (sc-transitive3 s244_ab s244_bc s244_ac) (sc-transitive3 s244_ab s244_bd s244_ad) (sc-transitive3 s244_ac s244_cd s244_ad) (sc-transitive3 s244_bc s244_cd s244_bd)))
(assert (and (sc-transitive3 s245_ab s245_bc s245_ac) (sc-transitive3 s245_ab s245_bd s245_ad) (sc-transitive3 s245_ac s245_cd s245_ad) (sc-transitive3 s245_bc s245_cd s245_bd)))
(assert (and (sc-transitive3 s246_ab s246_bc s246_ac) (sc-transitive3 s246_ab s246_bd s246_ad) (sc-transitive3 s246_ac s246_cd s246_ad) (sc-transitive3 s246_bc s246_cd s246_bd)))
(assert (and (sc-transitive3 s247_ab s247_bc s247_ac) (sc-transitive3 s247_ab s247_bd s247_ad) (sc-transitive3 s247_ac s247_cd s247_ad) (sc-transitive3 s247_bc s247_cd s247_bd)))
(assert (and (sc-transitive3 s248_ab s248_bc s248_ac) (sc-transitive3 s248_ab s248_bd s248_ad) (sc-transitive3 s248_ac s248_cd s248_ad) (sc-transitive3 s248_bc s248_cd s248_bd)))
(assert (and (sc-transitive3 s249_ab s249_bc s249_ac) (sc-transitive3 s249_ab s249_bd s249_ad) (sc-transitive3 s249_ac s249_cd s249_ad) (sc-transitive3 s249_bc s249_cd s249_bd)))
(assert (and (sc-transitive3 s250_ab s250_bc s250_ac) (sc-transitive3 s250_ab s250_bd s250_ad) (sc-transitive3 s250_ac s250_cd s250_ad) (sc-transitive3 s250_bc s250_cd s250_bd)))
(assert (and (sc-transitive3 s251_ab s251_bc s251_ac) (sc-transitive3 s251_ab s251_bd s251_ad) (sc-transitive3 s251_ac s251_cd s251_ad) (sc-transitive3 s251_bc s251_cd s251_bd)))
(assert (and (sc-transitive3 s252_ab s252_bc s252_ac) (sc-transitive3 s252_ab s252_bd s252_ad) (sc-transitive3 s252_ac s252_cd s252_ad) (sc-transitive3 s252_bc s252_cd s252_bd)))
(assert (and (sc-transitive3 s253_ab s253_bc s253_ac) (sc-transitive3 s253_ab s253_bd s253_ad) (sc-transitive3 s253_ac s253_cd s253_ad) (sc-transitive3 s253_bc s253_cd s253_bd)))
(assert (and (sc-transitive3 s254_ab s254_bc s254_ac) (sc-transitive3 s254_ab s254_bd s254_ad) (sc-transitive3 s254_ac s254_cd s254_ad) (sc-transitive3 s254_bc s254_cd s254_bd)))
(assert (and (sc-transitive3 s255_ab s255_bc s255_ac) (sc-transitive3 s255_ab s255_bd s255_ad) (sc-transitive3 s255_ac s255_cd s255_ad) (sc-transitive3 s255_bc s255_cd s255_bd)))
(assert (and (sc-transitive3 s256_ab s256_bc s256_ac) (sc-transitive3 s256_ab s256_bd s256_ad) (sc-transitive3 s256_ac s256_cd s256_ad) (sc-transitive3 s256_bc s256_cd s256_bd)))
(assert (and (sc-transitive3 s257_ab s257_bc s257_ac) (sc-transitive3 s257_ab s257_bd s257_ad) (sc-transitive3 s257_ac s257_cd s257_ad) (sc-transitive3 s257_bc s257_cd s257_bd)))
(assert (and (sc-transitive3 s258_ab s258_bc s258_ac) (sc-transitive3 s258_ab s258_bd s258_ad) (sc-transitive3 s258_ac s258_cd s258_ad) (sc-transitive3 s258_bc s258_cd s258_bd)))
(assert (and (sc-transitive3 s259_ab s259_bc s259_ac) (sc-transitive3 s259_ab s259_bd s259_ad) (sc-transitive3 s259_ac s259_cd s259_ad) (sc-transitive3 s259_bc s259_cd s259_bd)))
(assert (and (sc-transitive3 s260_ab s260_bc s260_ac) (sc-transitive3 s260_ab s260_bd s260_ad) (sc-transitive3 s260_ac s260_cd s260_ad) (sc-transitive3 s260_bc s260_cd s260_bd)))
(assert (and (sc-transitive3 s261_ab s261_bc s261_ac) (sc-transitive3 s261_ab s261_bd s261_ad) (sc-transitive3 s261_ac s261_cd s261_ad) (sc-transitive3 s261_bc s261_cd s261_bd)))
(assert (and (sc-transitive3 s262_ab s262_bc s262_ac) (sc-transitive3 s262_ab s262_bd s262_ad) (sc-transitive3 s262_ac s262_cd s262_ad) (sc-transitive3 s262_bc s262_cd s262_bd)))
(assert (and (sc-transitive3 s263_ab s263_bc s263_ac) (sc-transitive3 s263_ab s263_bd s263_ad) (sc-transitive3 s263_ac s263_cd s263_ad) (sc-transitive3 s263_bc s263_cd s263_bd)))
(assert (and (sc-transitive3 s264_ab s264_bc s264_ac) (sc-transitive3 s264_ab s264_bd s264_ad) (sc-transitive3 s264_ac s264_cd s264_ad) (sc-transitive3 s264_bc s264_cd s264_bd)))
(assert (and (sc-transitive3 s265_ab s265_bc s265_ac) (sc-transitive3 s265_ab s265_bd s265_ad) (sc-transitive3 s265_ac s265_cd s265_ad) (sc-transitive3 s265_bc s265_cd s265_bd)))
(assert (and (sc-transitive3 s266_ab s266_bc s266_ac) (sc-transitive3 s266_ab s266_bd s266_ad) (sc-transitive3 s266_ac s266_cd s266_ad) (sc-transitive3 s266_bc s266_cd s266_bd)))
(assert (and (sc-transitive3 s267_ab s267_bc s267_ac) (sc-transitive3 s267_ab s267_bd s267_ad) (sc-transitive3 s267_ac s267_cd s267_ad) (sc-transitive3 s267_bc s267_cd s267_bd)))
(assert (and (sc-transitive3 s268_ab s268_bc s268_ac) (sc-transitive3 s268_ab s268_bd s268_ad) (sc-transitive3 s268_ac s268_cd s268_ad) (sc-transitive3 s268_bc s268_cd s268_bd)))
(assert (and (sc-transitive3 s269_ab s269_bc s269_ac) (sc-transitive3 s269_ab s269_bd s269_ad) (sc-transitive3 s269_ac s269_cd s269_ad) (sc-transitive3 s269_bc s269_cd s269_bd)))
(assert (and (sc-transitive3 s270_ab s270_bc s270_ac) (sc-transitive3 s270_ab s270_bd s270_ad) (sc-transitive3 s270_ac s270_cd s270_ad) (sc-transitive3 s270_bc s270_cd s270_bd)))
(assert (and (sc-transitive3 s271_ab s271_bc s271_ac) (sc-transitive3 s271_ab s271_bd s271_ad) (sc-transitive3 s271_ac s271_cd s271_ad) (sc-transitive3 s271_bc s271_cd s271_bd)))
(assert (and (sc-transitive3 s272_ab s272_bc s272_ac) (sc-transitive3 s272_ab s272_bd s272_ad) (sc-transitive3 s272_ac s272_cd s272_ad) (sc-transitive3 s272_bc s272_cd s272_bd)))
(assert (and (sc-transitive3 s273_ab s273_bc s273_ac) (sc-transitive3 s273_ab s273_bd s273_ad) (sc-transitive3 s273_ac s273_cd s273_ad) (sc-transitive3 s273_bc s273_cd s273_bd)))
(assert (and (sc-transitive3 s274_ab s274_bc s274_ac) (sc-transitive3 s274_ab s274_bd s274_ad) (sc-transitive3 s274_ac s274_cd s274_ad) (sc-transitive3 s274_bc s274_cd s274_bd)))
(assert (and (sc-transitive3 s275_ab s275_bc s275_ac) (sc-transitive3 s275_ab s275_bd s275_ad) (sc-transitive3 s275_ac s275_cd s275_ad) (sc-transitive3 s275_bc s275_cd s275_bd)))
(assert (and (sc-transitive3 s276_ab s276_bc s276_ac) (sc-transitive3 s276_ab s276_bd s276_ad) (sc-transitive3 s276_ac s276_cd s276_ad) (sc-transitive3 s276_bc s276_cd s276_bd)))
(assert (and (sc-transitive3 s277_ab s277_bc s277_ac) (sc-transitive3 s277_ab s277_bd s277_ad) (sc-transitive3 s277_ac s277_cd s277_ad) (sc-transitive3 s277_bc s277_cd s277_bd)))
(assert (and (sc-transitive3 s278_ab s278_bc s278_ac) (sc-transitive3 s278_ab s278_bd s278_ad) (sc-transitive3 s278_ac s278_cd s278_ad) (sc-transitive3 s278_bc s278_cd s278_bd)))
(assert (and (sc-transitive3 s279_ab s279_bc s279_ac) (sc-transitive3 s279_ab s279_bd s279_ad) (sc-transitive3 s279_ac s279_cd s279_ad) (sc-transitive3 s279_bc s279_cd s279_bd)))
(assert (and (sc-transitive3 s280_ab s280_bc s280_ac) (sc-transitive3 s280_ab s280_bd s280_ad) (sc-transitive3 s280_ac s280_cd s280_ad) (sc-transitive3 s280_bc s280_cd s280_bd)))
(assert (and (sc-transitive3 s281_ab s281_bc s281_ac) (sc-transitive3 s281_ab s281_bd s281_ad) (sc-transitive3 s281_ac s281_cd s281_ad) (sc-transitive3 s281_bc s281_cd s281_bd)))
(assert (and (sc-transitive3 s282_ab s282_bc s282_ac) (sc-transitive3 s282_ab s282_bd s282_ad) (sc-transitive3 s282_ac s282_cd s282_ad) (sc-transitive3 s282_bc s282_cd s282_bd)))
(assert (and (sc-transitive3 s283_ab s283_bc s283_ac) (sc-transitive3 s283_ab s283_bd s283_ad) (sc-transitive3 s283_ac s283_cd s283_ad) (sc-transitive3 s283_bc s283_cd s283_bd)))
(assert (and (sc-transitive3 s284_ab s284_bc s284_ac) (sc-transitive3 s284_ab s284_bd s284_ad) (sc-transitive3 s284_ac s284_cd s284_ad) (sc-transitive3 s284_bc s284_cd s284_bd)))
(assert (and (sc-transitive3 s285_ab s285_bc s285_ac) (sc-transitive3 s285_ab s285_bd s285_ad) (sc-transitive3 s285_ac s285_cd s285_ad) (sc-transitive3 s285_bc s285_cd s285_bd)))
(assert (and (sc-transitive3 s286_ab s286_bc s286_ac) (sc-transitive3 s286_ab s286_bd s286_ad) (sc-transitive3 s286_ac s286_cd s286_ad) (sc-transitive3 s286_bc s286_cd s286_bd)))
(assert (and (sc-transitive3 s287_ab s287_bc s287_ac) (sc-transitive3 s287_ab s287_bd s287_ad) (sc-transitive3 s287_ac s287_cd s287_ad) (sc-transitive3 s287_bc s287_cd s287_bd)))
(assert (and (sc-transitive3 s288_ab s288_bc s288_ac) (sc-transitive3 s288_ab s288_bd s288_ad) (sc-transitive3 s288_ac s288_cd s288_ad) (sc-transitive3 s288_bc s288_cd s288_bd)))
(assert (and (sc-transitive3 s289_ab s289_bc s289_ac) (sc-transitive3 s289_ab s289_bd s289_ad) (sc-transitive3 s289_ac s289_cd s289_ad) (sc-transitive3 s289_bc s289_cd s289_bd)))
(assert (and (sc-transitive3 s290_ab s290_bc s290_ac) (sc-transitive3 s290_ab s290_bd s290_ad) (sc-transitive3 s290_ac s290_cd s290_ad) (sc-transitive3 s290_bc s290_cd s290_bd)))
(assert (and (sc-transitive3 s291_ab s291_bc s291_ac) (sc-transitive3 s291_ab s291_bd s291_ad) (sc-transitive3 s291_ac s291_cd s291_ad) (sc-transitive3 s291_bc s291_cd s291_bd)))
(assert (and (sc-transitive3 s292_ab s292_bc s292_ac) (sc-transitive3 s292_ab s292_bd s292_ad) (sc-transitive3 s292_ac s292_cd s292_ad) (sc-transitive3 s292_bc s292_cd s292_bd)))
(assert (and (sc-transitive3 s293_ab s293_bc s293_ac) (sc-transitive3 s293_ab s293_bd s293_ad) (sc-transitive3 s293_ac s293_cd s293_ad) (sc-transitive3 s293_bc s293_cd s293_bd)))
(assert (and (sc-transitive3 s294_ab s294_bc s294_ac) (sc-transitive3 s294_ab s294_bd s294_ad) (sc-transitive3 s294_ac s294_cd s294_ad) (sc-transitive3 s294_bc s294_cd s294_bd)))
(assert (and (sc-transitive3 s295_ab s295_bc s295_ac) (sc-transitive3 s295_ab s295_bd s295_ad) (sc-transitive3 s295_ac s295_cd s295_ad) (sc-transitive3 s295_bc s295_cd s295_bd)))
(assert (and (sc-transitive3 s296_ab s296_bc s296_ac) (sc-transitive3 s296_ab s296_bd s296_ad) (sc-transitive3 s296_ac s296_cd s296_ad) (sc-transitive3 s296_bc s296_cd s296_bd)))
(assert (and (sc-transitive3 s297_ab s297_bc s297_ac) (sc-transitive3 s297_ab s297_bd s297_ad) (sc-transitive3 s297_ac s297_cd s297_ad) (sc-transitive3 s297_bc s297_cd s297_bd)))
(assert (and (sc-transitive3 s298_ab s298_bc s298_ac) (sc-transitive3 s298_ab s298_bd s298_ad) (sc-transitive3 s298_ac s298_cd s298_ad) (sc-transitive3 s298_bc s298_cd s298_bd)))
(assert (and (sc-transitive3 s299_ab s299_bc s299_ac) (sc-transitive3 s299_ab s299_bd s299_ad) (sc-transitive3 s299_ac s299_cd s299_ad) (sc-transitive3 s299_bc s299_cd s299_bd)))
(assert (and (sc-transitive3 s300_ab s300_bc s300_ac) (sc-transitive3 s300_ab s300_bd s300_ad) (sc-transitive3 s300_ac s300_cd s300_ad) (sc-transitive3 s300_bc s300_cd s300_bd)))
(assert (and (sc-transitive3 s301_ab s301_bc s301_ac) (sc-transitive3 s301_ab s301_bd s301_ad) (sc-transitive3 s301_ac s301_cd s301_ad) (sc-transitive3 s301_bc s301_cd s301_bd)))
(assert (and (sc-transitive3 s302_ab s302_bc s302_ac) (sc-transitive3 s302_ab s302_bd s302_ad) (sc-transitive3 s302_ac s302_cd s302_ad) (sc-transitive3 s302_bc s302_cd s302_bd)))
(assert (and (sc-transitive3 s303_ab s303_bc s303_ac) (sc-transitive3 s303_ab s303_bd s303_ad) (sc-transitive3 s303_ac s303_cd s303_ad) (sc-transitive3 s303_bc s303_cd s303_bd)))
(assert (and (sc-transitive3 s304_ab s304_bc s304_ac) (sc-transitive3 s304_ab s304_bd s304_ad) (sc-transitive3 s304_ac s304_cd s304_ad) (sc-transitive3 s304_bc s304_cd s304_bd)))
(assert (and (sc-transitive3 s305_ab s305_bc s305_ac) (sc-transitive3 s305_ab s305_bd s305_ad) (sc-transitive3 s305_ac s305_cd s305_ad) (sc-transitive3 s305_bc s305_cd s305_bd)))
(assert (and (sc-transitive3 s306_ab s306_bc s306_ac) (sc-transitive3 s306_ab s306_bd s306_ad) (sc-transitive3 s306_ac s306_cd s306_ad) (sc-transitive3 s306_bc s306_cd s306_bd)))
(assert (and (sc-transitive3 s307_ab s307_bc s307_ac) (sc-transitive3 s307_ab s307_bd s307_ad) (sc-transitive3 s307_ac s307_cd s307_ad) (sc-transitive3 s307_bc s307_cd s307_bd)))
(assert (and (sc-transitive3 s308_ab s308_bc s308_ac) (sc-transitive3 s308_ab s308_bd s308_ad) (sc-transitive3 s308_ac s308_cd s308_ad) (sc-transitive3 s308_bc s308_cd s308_bd)))
(assert (and (sc-transitive3 s309_ab s309_bc s309_ac) (sc-transitive3 s309_ab s309_bd s309_ad) (sc-transitive3 s309_ac s309_cd s309_ad) (sc-transitive3 s309_bc s309_cd s309_bd)))
(assert (and (sc-transitive3 s310_ab s310_bc s310_ac) (sc-transitive3 s310_ab s310_bd s310_ad) (sc-transitive3 s310_ac s310_cd s310_ad) (sc-transitive3 s310_bc s310_cd s310_bd)))
(assert (and (sc-transitive3 s311_ab s311_bc s311_ac) (sc-transitive3 s311_ab s311_bd s311_ad) (sc-transitive3 s311_ac s311_cd s311_ad) (sc-transitive3 s311_bc s311_cd s311_bd)))
(assert (and (sc-transitive3 s312_ab s312_bc s312_ac) (sc-transitive3 s312_ab s312_bd s312_ad) (sc-transitive3 s312_ac s312_cd s312_ad) (sc-transitive3 s312_bc s312_cd s312_bd)))
(assert (and (sc-transitive3 s313_ab s313_bc s313_ac) (sc-transitive3 s313_ab s313_bd s313_ad) (sc-transitive3 s313_ac s313_cd s313_ad) (sc-transitive3 s313_bc s313_cd s313_bd)))
(assert (and (sc-transitive3 s314_ab s314_bc s314_ac) (sc-transitive3 s314_ab s314_bd s314_ad) (sc-transitive3 s314_ac s314_cd s314_ad) (sc-transitive3 s314_bc s314_cd s314_bd)))
(assert (and (sc-transitive3 s315_ab s315_bc s315_ac) (sc-transitive3 s315_ab s315_bd s315_ad) (sc-transitive3 s315_ac s315_cd s315_ad) (sc-transitive3 s315_bc s315_cd s315_bd)))
(assert (and (sc-transitive3 s316_ab s316_bc s316_ac) (sc-transitive3 s316_ab s316_bd s316_ad) (sc-transitive3 s316_ac s316_cd s316_ad) (sc-transitive3 s316_bc s316_cd s316_bd)))
(assert (and (sc-transitive3 s317_ab s317_bc s317_ac) (sc-transitive3 s317_ab s317_bd s317_ad) (sc-transitive3 s317_ac s317_cd s317_ad) (sc-transitive3 s317_bc s317_cd s317_bd)))
(assert (and (sc-transitive3 s318_ab s318_bc s318_ac) (sc-transitive3 s318_ab s318_bd s318_ad) (sc-transitive3 s318_ac s318_cd s318_ad) (sc-transitive3 s318_bc s318_cd s318_bd)))
(assert (and (sc-transitive3 s319_ab s319_bc s319_ac) (sc-transitive3 s319_ab s319_bd s319_ad) (sc-transitive3 s319_ac s319_cd s319_ad) (sc-transitive3 s319_bc s319_cd s319_bd)))
(assert (and (sc-transitive3 s320_ab s320_bc s320_ac) (sc-transitive3 s320_ab s320_bd s320_ad) (sc-transitive3 s320_ac s320_cd s320_ad) (sc-transitive3 s320_bc s320_cd s320_bd)))
(assert (and (sc-transitive3 s321_ab s321_bc s321_ac) (sc-transitive3 s321_ab s321_bd s321_ad) (sc-transitive3 s321_ac s321_cd s321_ad) (sc-transitive3 s321_bc s321_cd s321_bd)))
(assert (and (sc-transitive3 s322_ab s322_bc s322_ac) (sc-transitive3 s322_ab s322_bd s322_ad) (sc-transitive3 s322_ac s322_cd s322_ad) (sc-transitive3 s322_bc s322_cd s322_bd)))
(assert (and (sc-transitive3 s323_ab s323_bc s323_ac) (sc-transitive3 s323_ab s323_bd s323_ad) (sc-transitive3 s323_ac s323_cd s323_ad) (sc-transitive3 s323_bc s323_cd s323_bd)))
(assert (and (sc-transitive3 s324_ab s324_bc s324_ac) (sc-transitive3 s324_ab s324_bd s324_ad) (sc-transitive3 s324_ac s324_cd s324_ad) (sc-transitive3 s324_bc s324_cd s324_bd)))
(assert (and (sc-transitive3 s325_ab s325_bc s325_ac) (sc-transitive3 s325_ab s325_bd s325_ad) (sc-transitive3 s325_ac s325_cd s325_ad) (sc-transitive3 s325_bc s325_cd s325_bd)))
(assert (and (sc-transitive3 s326_ab s326_bc s326_ac) (sc-transitive3 s326_ab s326_bd s326_ad) (sc-transitive3 s326_ac s326_cd s326_ad) (sc-transitive3 s326_bc s326_cd s326_bd)))
(assert (and (sc-transitive3 s327_ab s327_bc s327_ac) (sc-transitive3 s327_ab s327_bd s327_ad) (sc-transitive3 s327_ac s327_cd s327_ad) (sc-transitive3 s327_bc s327_cd s327_bd)))
(assert (and (sc-transitive3 s328_ab s328_bc s328_ac) (sc-transitive3 s328_ab s328_bd s328_ad) (sc-transitive3 s328_ac s328_cd s328_ad) (sc-transitive3 s328_bc s328_cd s328_bd)))
(assert (and (sc-transitive3 s329_ab s329_bc s329_ac) (sc-transitive3 s329_ab s329_bd s329_ad) (sc-transitive3 s329_ac s329_cd s329_ad) (sc-transitive3 s329_bc s329_cd s329_bd)))
(assert (and (sc-transitive3 s330_ab s330_bc s330_ac) (sc-transitive3 s330_ab s330_bd s330_ad) (sc-transitive3 s330_ac s330_cd s330_ad) (sc-transitive3 s330_bc s330_cd s330_bd)))
(assert (and (sc-transitive3 s331_ab s331_bc s331_ac) (sc-transitive3 s331_ab s331_bd s331_ad) (sc-transitive3 s331_ac s331_cd s331_ad) (sc-transitive3 s331_bc s331_cd s331_bd)))
(assert (and (sc-transitive3 s332_ab s332_bc s332_ac) (sc-transitive3 s332_ab s332_bd s332_ad) (sc-transitive3 s332_ac s332_cd s332_ad) (sc-transitive3 s332_bc s332_cd s332_bd)))
(assert (and (sc-transitive3 s333_ab s333_bc s333_ac) (sc-transitive3 s333_ab s333_bd s333_ad) (sc-transitive3 s333_ac s333_cd s333_ad) (sc-transitive3 s333_bc s333_cd s333_bd)))
(assert (and (sc-transitive3 s334_ab s334_bc s334_ac) (sc-transitive3 s334_ab s334_bd s334_ad) (sc-transitive3 s334_ac s334_cd s334_ad) (sc-transitive3 s334_bc s334_cd s334_bd)))
(assert (and (sc-transitive3 s335_ab s335_bc s335_ac) (sc-transitive3 s335_ab s335_bd s335_ad) (sc-transitive3 s335_ac s335_cd s335_ad) (sc-transitive3 s335_bc s335_cd s335_bd)))
(assert (and (sc-transitive3 s336_ab s336_bc s336_ac) (sc-transitive3 s336_ab s336_bd s336_ad) (sc-transitive3 s336_ac s336_cd s336_ad) (sc-transitive3 s336_bc s336_cd s336_bd)))
(assert (and (sc-transitive3 s337_ab s337_bc s337_ac) (sc-transitive3 s337_ab s337_bd s337_ad) (sc-transitive3 s337_ac s337_cd s337_ad) (sc-transitive3 s337_bc s337_cd s337_bd)))
(assert (and (sc-transitive3 s338_ab s338_bc s338_ac) (sc-transitive3 s338_ab s338_bd s338_ad) (sc-transitive3 s338_ac s338_cd s338_ad) (sc-transitive3 s338_bc s338_cd s338_bd)))
(assert (and (sc-transitive3 s339_ab s339_bc s339_ac) (sc-transitive3 s339_ab s339_bd s339_ad) (sc-transitive3 s339_ac s339_cd s339_ad) (sc-transitive3 s339_bc s339_cd s339_bd)))
(assert (and (sc-transitive3 s340_ab s340_bc s340_ac) (sc-transitive3 s340_ab s340_bd s340_ad) (sc-transitive3 s340_ac s340_cd s340_ad) (sc-transitive3 s340_bc s340_cd s340_bd)))
(assert (and (sc-transitive3 s341_ab s341_bc s341_ac) (sc-transitive3 s341_ab s341_bd s341_ad) (sc-transitive3 s341_ac s341_cd s341_ad) (sc-transitive3 s341_bc s341_cd s341_bd)))
(assert (and (sc-transitive3 s342_ab s342_bc s342_ac) (sc-transitive3 s342_ab s342_bd s342_ad) (sc-transitive3 s342_ac s342_cd s342_ad) (sc-transitive3 s342_bc s342_cd s342_bd)))
(assert (and (sc-transitive3 s343_ab s343_bc s343_ac) (sc-transitive3 s343_ab s343_bd s343_ad) (sc-transitive3 s343_ac s343_cd s343_ad) (sc-transitive3 s343_bc s343_cd s343_bd)))
(assert (and (sc-transitive3 s344_ab s344_bc s344_ac) (sc-transitive3 s344_ab s344_bd s344_ad) (sc-transitive3 s344_ac s344_cd s344_ad) (sc-transitive3 s344_bc s344_cd s344_bd)))
(assert (and (sc-transitive3 s345_ab s345_bc s345_ac) (sc-transitive3 s345_ab s345_bd s345_ad) (sc-transitive3 s345_ac s345_cd s345_ad) (sc-transitive3 s345_bc s345_cd s345_bd)))
(assert (and (sc-transitive3 s346_ab s346_bc s346_ac) (sc-transitive3 s346_ab s346_bd s346_ad) (sc-transitive3 s346_ac s346_cd s346_ad) (sc-transitive3 s346_bc s346_cd s346_bd)))
(assert (and (sc-transitive3 s347_ab s347_bc s347_ac) (sc-transitive3 s347_ab s347_bd s347_ad) (sc-transitive3 s347_ac s347_cd s347_ad) (sc-transitive3 s347_bc s347_cd s347_bd)))
(assert (and (sc-transitive3 s348_ab s348_bc s348_ac) (sc-transitive3 s348_ab s348_bd s348_ad) (sc-transitive3 s348_ac s348_cd s348_ad) (sc-transitive3 s348_bc s348_cd s348_bd)))
(assert (and (sc-transitive3 s349_ab s349_bc s349_ac) (sc-transitive3 s349_ab s349_bd s349_ad) (sc-transitive3 s349_ac s349_cd s349_ad) (sc-transitive3 s349_bc s349_cd s349_bd)))
(assert (and (sc-transitive3 s350_ab s350_bc s350_ac) (sc-transitive3 s350_ab s350_bd s350_ad) (sc-transitive3 s350_ac s350_cd s350_ad) (sc-transitive3 s350_bc s350_cd s350_bd)))
(assert (and (sc-transitive3 s351_ab s351_bc s351_ac) (sc-transitive3 s351_ab s351_bd s351_ad) (sc-transitive3 s351_ac s351_cd s351_ad) (sc-transitive3 s351_bc s351_cd s351_bd)))
(assert (and (sc-transitive3 s352_ab s352_bc s352_ac) (sc-transitive3 s352_ab s352_bd s352_ad) (sc-transitive3 s352_ac s352_cd s352_ad) (sc-transitive3 s352_bc s352_cd s352_bd)))
(assert (and (sc-transitive3 s353_ab s353_bc s353_ac) (sc-transitive3 s353_ab s353_bd s353_ad) (sc-transitive3 s353_ac s353_cd s353_ad) (sc-transitive3 s353_bc s353_cd s353_bd)))
(assert (and (sc-transitive3 s354_ab s354_bc s354_ac) (sc-transitive3 s354_ab s354_bd s354_ad) (sc-transitive3 s354_ac s354_cd s354_ad) (sc-transitive3 s354_bc s354_cd s354_bd)))
(assert (and (sc-transitive3 s355_ab s355_bc s355_ac) (sc-transitive3 s355_ab s355_bd s355_ad) (sc-transitive3 s355_ac s355_cd s355_ad) (sc-transitive3 s355_bc s355_cd s355_bd)))
(assert (and (sc-transitive3 s356_ab s356_bc s356_ac) (sc-transitive3 s356_ab s356_bd s356_ad) (sc-transitive3 s356_ac s356_cd s356_ad) (sc-transitive3 s356_bc s356_cd s356_bd)))
(assert (and (sc-transitive3 s357_ab s357_bc s357_ac) (sc-transitive3 s357_ab s357_bd s357_ad) (sc-transitive3 s357_ac s357_cd s357_ad) (sc-transitive3 s357_bc s357_cd s357_bd)))
(assert (and (sc-transitive3 s358_ab s358_bc s358_ac) (sc-transitive3 s358_ab s358_bd s358_ad) (sc-transitive3 s358_ac s358_cd s358_ad) (sc-transitive3 s358_bc s358_cd s358_bd)))
(assert (and (sc-transitive3 s359_ab s359_bc s359_ac) (sc-transitive3 s359_ab s359_bd s359_ad) (sc-transitive3 s359_ac s359_cd s359_ad) (sc-transitive3 s359_bc s359_cd s359_bd)))
(assert (and (sc-transitive3 s360_ab s360_bc s360_ac) (sc-transitive3 s360_ab s360_bd s360_ad) (sc-transitive3 s360_ac s360_cd s360_ad) (sc-transitive3 s360_bc s360_cd s360_bd)))
(assert (and (sc-transitive3 s361_ab s361_bc s361_ac) (sc-transitive3 s361_ab s361_bd s361_ad) (sc-transitive3 s361_ac s361_cd s361_ad) (sc-transitive3 s361_bc s361_cd s361_bd)))
(assert (and (sc-transitive3 s362_ab s362_bc s362_ac) (sc-transitive3 s362_ab s362_bd s362_ad) (sc-transitive3 s362_ac s362_cd s362_ad) (sc-transitive3 s362_bc s362_cd s362_bd)))
(assert (and (sc-transitive3 s363_ab s363_bc s363_ac) (sc-transitive3 s363_ab s363_bd s363_ad) (sc-transitive3 s363_ac s363_cd s363_ad) (sc-transitive3 s363_bc s363_cd s363_bd)))
(assert (and (sc-transitive3 s364_ab s364_bc s364_ac) (sc-transitive3 s364_ab s364_bd s364_ad) (sc-transitive3 s364_ac s364_cd s364_ad) (sc-transitive3 s364_bc s364_cd s364_bd)))
(assert (and (sc-transitive3 s365_ab s365_bc s365_ac) (sc-transitive3 s365_ab s365_bd s365_ad) (sc-transitive3 s365_ac s365_cd s365_ad) (sc-transitive3 s365_bc s365_cd s365_bd)))
(assert (and (sc-transitive3 s366_ab s366_bc s366_ac) (sc-transitive3 s366_ab s366_bd s366_ad) (sc-transitive3 s366_ac s366_cd s366_ad) (sc-transitive3 s366_bc s366_cd s366_bd)))
(assert (and (sc-transitive3 s367_ab s367_bc s367_ac) (sc-transitive3 s367_ab s367_bd s367_ad) (sc-transitive3 s367_ac s367_cd s367_ad) (sc-transitive3 s367_bc s367_cd s367_bd)))
(assert (and (sc-transitive3 s368_ab s368_bc s368_ac) (sc-transitive3 s368_ab s368_bd s368_ad) (sc-transitive3 s368_ac s368_cd s368_ad) (sc-transitive3 s368_bc s368_cd s368_bd)))
(assert (and (sc-transitive3 s369_ab s369_bc s369_ac) (sc-transitive3 s369_ab s369_bd s369_ad) (sc-transitive3 s369_ac s369_cd s369_ad) (sc-transitive3 s369_bc s369_cd s369_bd)))
(assert (and (sc-transitive3 s370_ab s370_bc s370_ac) (sc-transitive3 s370_ab s370_bd s370_ad) (sc-transitive3 s370_ac s370_cd s370_ad) (sc-transitive3 s370_bc s370_cd s370_bd)))
(assert (and (sc-transitive3 s371_ab s371_bc s371_ac) (sc-transitive3 s371_ab s371_bd s371_ad) (sc-transitive3 s371_ac s371_cd s371_ad) (sc-transitive3 s371_bc s371_cd s371_bd)))
(assert (and (sc-transitive3 s372_ab s372_bc s372_ac) (sc-transitive3 s372_ab s372_bd s372_ad) (sc-transitive3 s372_ac s372_cd s372_ad) (sc-transitive3 s372_bc s372_cd s372_bd)))
(assert (and (sc-transitive3 s373_ab s373_bc s373_ac) (sc-transitive3 s373_ab s373_bd s373_ad) (sc-transitive3 s373_ac s373_cd s373_ad) (sc-transitive3 s373_bc s373_cd s373_bd)))
(assert (and (sc-transitive3 s374_ab s374_bc s374_ac) (sc-transitive3 s374_ab s374_bd s374_ad) (sc-transitive3 s374_ac s374_cd s374_ad) (sc-transitive3 s374_bc s374_cd s374_bd)))
(assert (and (sc-transitive3 s375_ab s375_bc s375_ac) (sc-transitive3 s375_ab s375_bd s375_ad) (sc-transitive3 s375_ac s375_cd s375_ad) (sc-transitive3 s375_bc s375_cd s375_bd)))
(assert (and (sc-transitive3 s376_ab s376_bc s376_ac) (sc-transitive3 s376_ab s376_bd s376_ad) (sc-transitive3 s376_ac s376_cd s376_ad) (sc-transitive3 s376_bc s376_cd s376_bd)))
(assert (and (sc-transitive3 s377_ab s377_bc s377_ac) (sc-transitive3 s377_ab s377_bd s377_ad) (sc-transitive3 s377_ac s377_cd s377_ad) (sc-transitive3 s377_bc s377_cd s377_bd)))
(assert (and (sc-transitive3 s378_ab s378_bc s378_ac) (sc-transitive3 s378_ab s378_bd s378_ad) (sc-transitive3 s378_ac s378_cd s378_ad) (sc-transitive3 s378_bc s378_cd s378_bd)))
(assert (and (sc-transitive3 s379_ab s379_bc s379_ac) (sc-transitive3 s379_ab s379_bd s379_ad) (sc-transitive3 s379_ac s379_cd s379_ad) (sc-transitive3 s379_bc s379_cd s379_bd)))
(assert (and (sc-transitive3 s380_ab s380_bc s380_ac) (sc-transitive3 s380_ab s380_bd s380_ad) (sc-transitive3 s380_ac s380_cd s380_ad) (sc-transitive3 s380_bc s380_cd s380_bd)))
(assert (and (sc-transitive3 s381_ab s381_bc s381_ac) (sc-transitive3 s381_ab s381_bd s381_ad) (sc-transitive3 s381_ac s381_cd s381_ad) (sc-transitive3 s381_bc s381_cd s381_bd)))
(assert (and (sc-transitive3 s382_ab s382_bc s382_ac) (sc-transitive3 s382_ab s382_bd s382_ad) (sc-transitive3 s382_ac s382_cd s382_ad) (sc-transitive3 s382_bc s382_cd s382_bd)))
(assert (and (sc-transitive3 s383_ab s383_bc s383_ac) (sc-transitive3 s383_ab s383_bd s383_ad) (sc-transitive3 s383_ac s383_cd s383_ad) (sc-transitive3 s383_bc s383_cd s383_bd)))
(assert (and (sc-transitive3 s384_ab s384_bc s384_ac) (sc-transitive3 s384_ab s384_bd s384_ad) (sc-transitive3 s384_ac s384_cd s384_ad) (sc-transitive3 s384_bc s384_cd s384_bd)))
(assert (and (sc-transitive3 s385_ab s385_bc s385_ac) (sc-transitive3 s385_ab s385_bd s385_ad) (sc-transitive3 s385_ac s385_cd s385_ad) (sc-transitive3 s385_bc s385_cd s385_bd)))
(assert (and (sc-transitive3 s386_ab s386_bc s386_ac) (sc-transitive3 s386_ab s386_bd s386_ad) (sc-transitive3 s386_ac s386_cd s386_ad) (sc-transitive3 s386_bc s386_cd s386_bd)))
(assert (and (sc-transitive3 s387_ab s387_bc s387_ac) (sc-transitive3 s387_ab s387_bd s387_ad) (sc-transitive3 s387_ac s387_cd s387_ad) (sc-transitive3 s387_bc s387_cd s387_bd)))
(assert (and (sc-transitive3 s388_ab s388_bc s388_ac) (sc-transitive3 s388_ab s388_bd s388_ad) (sc-transitive3 s388_ac s388_cd s388_ad) (sc-transitive3 s388_bc s388_cd s388_bd)))
(assert (and (sc-transitive3 s389_ab s389_bc s389_ac) (sc-transitive3 s389_ab s389_bd s389_ad) (sc-transitive3 s389_ac s389_cd s389_ad) (sc-transitive3 s389_bc s389_cd s389_bd)))
(assert (and (sc-transitive3 s390_ab s390_bc s390_ac) (sc-transitive3 s390_ab s390_bd s390_ad) (sc-transitive3 s390_ac s390_cd s390_ad) (sc-transitive3 s390_bc s390_cd s390_bd)))
(assert (and (sc-transitive3 s391_ab s391_bc s391_ac) (sc-transitive3 s391_ab s391_bd s391_ad) (sc-transitive3 s391_ac s391_cd s391_ad) (sc-transitive3 s391_bc s391_cd s391_bd)))
(assert (and (sc-transitive3 s392_ab s392_bc s392_ac) (sc-transitive3 s392_ab s392_bd s392_ad) (sc-transitive3 s392_ac s392_cd s392_ad) (sc-transitive3 s392_bc s392_cd s392_bd)))
(assert (and (sc-transitive3 s393_ab s393_bc s393_ac) (sc-transitive3 s393_ab s393_bd s393_ad) (sc-transitive3 s393_ac s393_cd s393_ad) (sc-transitive3 s393_bc s393_cd s393_bd)))
(assert (and (sc-transitive3 s394_ab s394_bc s394_ac) (sc-transitive3 s394_ab s394_bd s394_ad) (sc-transitive3 s394_ac s394_cd s394_ad) (sc-transitive3 s394_bc s394_cd s394_bd)))
(assert (and (sc-transitive3 s395_ab s395_bc s395_ac) (sc-transitive3 s395_ab s395_bd s395_ad) (sc-transitive3 s395_ac s395_cd s395_ad) (sc-transitive3 s395_bc s395_cd s395_bd)))
(assert (and (sc-transitive3 s396_ab s396_bc s396_ac) (sc-transitive3 s396_ab s396_bd s396_ad) (sc-transitive3 s396_ac s396_cd s396_ad) (sc-transitive3 s396_bc s396_cd s396_bd)))
(assert (and (sc-transitive3 s397_ab s397_bc s397_ac) (sc-transitive3 s397_ab s397_bd s397_ad) (sc-transitive3 s397_ac s397_cd s397_ad) (sc-transitive3 s397_bc s397_cd s397_bd)))
(assert (and (sc-transitive3 s398_ab s398_bc s398_ac) (sc-transitive3 s398_ab s398_bd s398_ad) (sc-transitive3 s398_ac s398_cd s398_ad) (sc-transitive3 s398_bc s398_cd s398_bd)))
(assert (and (sc-transitive3 s399_ab s399_bc s399_ac) (sc-transitive3 s399_ab s399_bd s399_ad) (sc-transitive3 s399_ac s399_cd s399_ad) (sc-transitive3 s399_bc s399_cd s399_bd)))
(assert (and (sc-transitive3 s400_ab s400_bc s400_ac) (sc-transitive3 s400_ab s400_bd s400_ad) (sc-transitive3 s400_ac s400_cd s400_ad) (sc-transitive3 s400_bc s400_cd s400_bd)))
(assert (and (sc-transitive3 s401_ab s401_bc s401_ac) (sc-transitive3 s401_ab s401_bd s401_ad) (sc-transitive3 s401_ac s401_cd s401_ad) (sc-transitive3 s401_bc s401_cd s401_bd)))
(assert (and (sc-transitive3 s402_ab s402_bc s402_ac) (sc-transitive3 s402_ab s402_bd s402_ad) (sc-transitive3 s402_ac s402_cd s402_ad) (sc-transitive3 s402_bc s402_cd s402_bd)))
(assert (and (sc-transitive3 s403_ab s403_bc s403_ac) (sc-transitive3 s403_ab s403_bd s403_ad) (sc-transitive3 s403_ac s403_cd s403_ad) (sc-transitive3 s403_bc s403_cd s403_bd)))
(assert (and (sc-transitive3 s404_ab s404_bc s404_ac) (sc-transitive3 s404_ab s404_bd s404_ad) (sc-transitive3 s404_ac s404_cd s404_ad) (sc-transitive3 s404_bc s404_cd s404_bd)))
(assert (and (sc-transitive3 s405_ab s405_bc s405_ac) (sc-transitive3 s405_ab s405_bd s405_ad) (sc-transitive3 s405_ac s405_cd s405_ad) (sc-transitive3 s405_bc s405_cd s405_bd)))
(assert (and (sc-transitive3 s406_ab s406_bc s406_ac) (sc-transitive3 s406_ab s406_bd s406_ad) (sc-transitive3 s406_ac s406_cd s406_ad) (sc-transitive3 s406_bc s406_cd s406_bd)))
(assert (and (sc-transitive3 s407_ab s407_bc s407_ac) (sc-transitive3 s407_ab s407_bd s407_ad) (sc-transitive3 s407_ac s407_cd s407_ad) (sc-transitive3 s407_bc s407_cd s407_bd)))
(assert (and (sc-transitive3 s408_ab s408_bc s408_ac) (sc-transitive3 s408_ab s408_bd s408_ad) (sc-transitive3 s408_ac s408_cd s408_ad) (sc-transitive3 s408_bc s408_cd s408_bd)))
(assert (and (sc-transitive3 s409_ab s409_bc s409_ac) (sc-transitive3 s409_ab s409_bd s409_ad) (sc-transitive3 s409_ac s409_cd s409_ad) (sc-transitive3 s409_bc s409_cd s409_bd)))
(assert (and (sc-transitive3 s410_ab s410_bc s410_ac) (sc-transitive3 s410_ab s410_bd s410_ad) (sc-transitive3 s410_ac s410_cd s410_ad) (sc-transitive3 s410_bc s410_cd s410_bd)))
(assert (and (sc-transitive3 s411_ab s411_bc s411_ac) (sc-transitive3 s411_ab s411_bd s411_ad) (sc-transitive3 s411_ac s411_cd s411_ad) (sc-transitive3 s411_bc s411_cd s411_bd)))
(assert (and (sc-transitive3 s412_ab s412_bc s412_ac) (sc-transitive3 s412_ab s412_bd s412_ad) (sc-transitive3 s412_ac s412_cd s412_ad) (sc-transitive3 s412_bc s412_cd s412_bd)))
(assert (and (sc-transitive3 s413_ab s413_bc s413_ac) (sc-transitive3 s413_ab s413_bd s413_ad) (sc-transitive3 s413_ac s413_cd s413_ad) (sc-transitive3 s413_bc s413_cd s413_bd)))
(assert (and (sc-transitive3 s414_ab s414_bc s414_ac) (sc-transitive3 s414_ab s414_bd s414_ad) (sc-transitive3 s414_ac s414_cd s414_ad) (sc-transitive3 s414_bc s414_cd s414_bd)))
(assert (and (sc-transitive3 s415_ab s415_bc s415_ac) (sc-transitive3 s415_ab s415_bd s415_ad) (sc-transitive3 s415_ac s415_cd s415_ad) (sc-transitive3 s415_bc s415_cd s415_bd)))
(assert (and (sc-transitive3 s416_ab s416_bc s416_ac) (sc-transitive3 s416_ab s416_bd s416_ad) (sc-transitive3 s416_ac s416_cd s416_ad) (sc-transitive3 s416_bc s416_cd s416_bd)))
(assert (and (sc-transitive3 s417_ab s417_bc s417_ac) (sc-transitive3 s417_ab s417_bd s417_ad) (sc-transitive3 s417_ac s417_cd s417_ad) (sc-transitive3 s417_bc s417_cd s417_bd)))
(assert (and (sc-transitive3 s418_ab s418_bc s418_ac) (sc-transitive3 s418_ab s418_bd s418_ad) (sc-transitive3 s418_ac s418_cd s418_ad) (sc-transitive3 s418_bc s418_cd s418_bd)))
(assert (and (sc-transitive3 s419_ab s419_bc s419_ac) (sc-transitive3 s419_ab s419_bd s419_ad) (sc-transitive3 s419_ac s419_cd s419_ad) (sc-transitive3 s419_bc s419_cd s419_bd)))
(assert (and (sc-transitive3 s420_ab s420_bc s420_ac) (sc-transitive3 s420_ab s420_bd s420_ad) (sc-transitive3 s420_ac s420_cd s420_ad) (sc-transitive3 s420_bc s420_cd s420_bd)))
(assert (and (sc-transitive3 s421_ab s421_bc s421_ac) (sc-transitive3 s421_ab s421_bd s421_ad) (sc-transitive3 s421_ac s421_cd s421_ad) (sc-transitive3 s421_bc s421_cd s421_bd)))
(assert (and (sc-transitive3 s422_ab s422_bc s422_ac) (sc-transitive3 s422_ab s422_bd s422_ad) (sc-transitive3 s422_ac s422_cd s422_ad) (sc-transitive3 s422_bc s422_cd s422_bd)))
(assert (and (sc-transitive3 s423_ab s423_bc s423_ac) (sc-transitive3 s423_ab s423_bd s423_ad) (sc-transitive3 s423_ac s423_cd s423_ad) (sc-transitive3 s423_bc s423_cd s423_bd)))
(assert (and (sc-transitive3 s424_ab s424_bc s424_ac) (sc-transitive3 s424_ab s424_bd s424_ad) (sc-transitive3 s424_ac s424_cd s424_ad) (sc-transitive3 s424_bc s424_cd s424_bd)))
(assert (and (sc-transitive3 s425_ab s425_bc s425_ac) (sc-transitive3 s425_ab s425_bd s425_ad) (sc-transitive3 s425_ac s425_cd s425_ad) (sc-transitive3 s425_bc s425_cd s425_bd)))
(assert (and (sc-transitive3 s426_ab s426_bc s426_ac) (sc-transitive3 s426_ab s426_bd s426_ad) (sc-transitive3 s426_ac s426_cd s426_ad) (sc-transitive3 s426_bc s426_cd s426_bd)))
(assert (and (sc-transitive3 s427_ab s427_bc s427_ac) (sc-transitive3 s427_ab s427_bd s427_ad) (sc-transitive3 s427_ac s427_cd s427_ad) (sc-transitive3 s427_bc s427_cd s427_bd)))
(assert (and (sc-transitive3 s428_ab s428_bc s428_ac) (sc-transitive3 s428_ab s428_bd s428_ad) (sc-transitive3 s428_ac s428_cd s428_ad) (sc-transitive3 s428_bc s428_cd s428_bd)))
(assert (and (sc-transitive3 s429_ab s429_bc s429_ac) (sc-transitive3 s429_ab s429_bd s429_ad) (sc-transitive3 s429_ac s429_cd s429_ad) (sc-transitive3 s429_bc s429_cd s429_bd)))
(assert (and (sc-transitive3 s430_ab s430_bc s430_ac) (sc-transitive3 s430_ab s430_bd s430_ad) (sc-transitive3 s430_ac s430_cd s430_ad) (sc-transitive3 s430_bc s430_cd s430_bd)))
(assert (and (sc-transitive3 s431_ab s431_bc s431_ac) (sc-transitive3 s431_ab s431_bd s431_ad) (sc-transitive3 s431_ac s431_cd s431_ad) (sc-transitive3 s431_bc s431_cd s431_bd)))
(assert (and (sc-transitive3 s432_ab s432_bc s432_ac) (sc-transitive3 s432_ab s432_bd s432_ad) (sc-transitive3 s432_ac s432_cd s432_ad) (sc-transitive3 s432_bc s432_cd s432_bd)))
(assert (and (sc-transitive3 s433_ab s433_bc s433_ac) (sc-transitive3 s433_ab s433_bd s433_ad) (sc-transitive3 s433_ac s433_cd s433_ad) (sc-transitive3 s433_bc s433_cd s433_bd)))
(assert (and (sc-transitive3 s434_ab s434_bc s434_ac) (sc-transitive3 s434_ab s434_bd s434_ad) (sc-transitive3 s434_ac s434_cd s434_ad) (sc-transitive3 s434_bc s434_cd s434_bd)))
(assert (and (sc-transitive3 s435_ab s435_bc s435_ac) (sc-transitive3 s435_ab s435_bd s435_ad) (sc-transitive3 s435_ac s435_cd s435_ad) (sc-transitive3 s435_bc s435_cd s435_bd)))
(assert (and (sc-transitive3 s436_ab s436_bc s436_ac) (sc-transitive3 s436_ab s436_bd s436_ad) (sc-transitive3 s436_ac s436_cd s436_ad) (sc-transitive3 s436_bc s436_cd s436_bd)))
(assert (and (sc-transitive3 s437_ab s437_bc s437_ac) (sc-transitive3 s437_ab s437_bd s437_ad) (sc-transitive3 s437_ac s437_cd s437_ad) (sc-transitive3 s437_bc s437_cd s437_bd)))
(assert (and (sc-transitive3 s438_ab s438_bc s438_ac) (sc-transitive3 s438_ab s438_bd s438_ad) (sc-transitive3 s438_ac s438_cd s438_ad) (sc-transitive3 s438_bc s438_cd s438_bd)))
(assert (and (sc-transitive3 s439_ab s439_bc s439_ac) (sc-transitive3 s439_ab s439_bd s439_ad) (sc-transitive3 s439_ac s439_cd s439_ad) (sc-transitive3 s439_bc s439_cd s439_bd)))
(assert (and (sc-transitive3 s440_ab s440_bc s440_ac) (sc-transitive3 s440_ab s440_bd s440_ad) (sc-transitive3 s440_ac s440_cd s440_ad) (sc-transitive3 s440_bc s440_cd s440_bd)))
(assert (and (sc-transitive3 s441_ab s441_bc s441_ac) (sc-transitive3 s441_ab s441_bd s441_ad) (sc-transitive3 s441_ac s441_cd s441_ad) (sc-transitive3 s441_bc s441_cd s441_bd)))
(assert (and (sc-transitive3 s442_ab s442_bc s442_ac) (sc-transitive3 s442_ab s442_bd s442_ad) (sc-transitive3 s442_ac s442_cd s442_ad) (sc-transitive3 s442_bc s442_cd s442_bd)))
(assert (and (sc-transitive3 s443_ab s443_bc s443_ac) (sc-transitive3 s443_ab s443_bd s443_ad) (sc-transitive3 s443_ac s443_cd s443_ad) (sc-transitive3 s443_bc s443_cd s443_bd)))
(assert (and (sc-transitive3 s444_ab s444_bc s444_ac) (sc-transitive3 s444_ab s444_bd s444_ad) (sc-transitive3 s444_ac s444_cd s444_ad) (sc-transitive3 s444_bc s444_cd s444_bd)))
(assert (and (sc-transitive3 s445_ab s445_bc s445_ac) (sc-transitive3 s445_ab s445_bd s445_ad) (sc-transitive3 s445_ac s445_cd s445_ad) (sc-transitive3 s445_bc s445_cd s445_bd)))
(assert (and (sc-transitive3 s446_ab s446_bc s446_ac) (sc-transitive3 s446_ab s446_bd s446_ad) (sc-transitive3 s446_ac s446_cd s446_ad) (sc-transitive3 s446_bc s446_cd s446_bd)))
(assert (and (sc-transitive3 s447_ab s447_bc s447_ac) (sc-transitive3 s447_ab s447_bd s447_ad) (sc-transitive3 s447_ac s447_cd s447_ad) (sc-transitive3 s447_bc s447_cd s447_bd)))
(assert (and (sc-transitive3 s448_ab s448_bc s448_ac) (sc-transitive3 s448_ab s448_bd s448_ad) (sc-transitive3 s448_ac s448_cd s448_ad) (sc-transitive3 s448_bc s448_cd s448_bd)))
(assert (and (sc-transitive3 s449_ab s449_bc s449_ac) (sc-transitive3 s449_ab s449_bd s449_ad) (sc-transitive3 s449_ac s449_cd s449_ad) (sc-transitive3 s449_bc s449_cd s449_bd)))
(assert (and (sc-transitive3 s450_ab s450_bc s450_ac) (sc-transitive3 s450_ab s450_bd s450_ad) (sc-transitive3 s450_ac s450_cd s450_ad) (sc-transitive3 s450_bc s450_cd s450_bd)))
(assert (and (sc-transitive3 s451_ab s451_bc s451_ac) (sc-transitive3 s451_ab s451_bd s451_ad) (sc-transitive3 s451_ac s451_cd s451_ad) (sc-transitive3 s451_bc s451_cd s451_bd)))
(assert (and (sc-transitive3 s452_ab s452_bc s452_ac) (sc-transitive3 s452_ab s452_bd s452_ad) (sc-transitive3 s452_ac s452_cd s452_ad) (sc-transitive3 s452_bc s452_cd s452_bd)))
(assert (and (sc-transitive3 s453_ab s453_bc s453_ac) (sc-transitive3 s453_ab s453_bd s453_ad) (sc-transitive3 s453_ac s453_cd s453_ad) (sc-transitive3 s453_bc s453_cd s453_bd)))
(assert (and (sc-transitive3 s454_ab s454_bc s454_ac) (sc-transitive3 s454_ab s454_bd s454_ad) (sc-transitive3 s454_ac s454_cd s454_ad) (sc-transitive3 s454_bc s454_cd s454_bd)))
(assert (and (sc-transitive3 s455_ab s455_bc s455_ac) (sc-transitive3 s455_ab s455_bd s455_ad) (sc-transitive3 s455_ac s455_cd s455_ad) (sc-transitive3 s455_bc s455_cd s455_bd)))
(assert (and (sc-transitive3 s456_ab s456_bc s456_ac) (sc-transitive3 s456_ab s456_bd s456_ad) (sc-transitive3 s456_ac s456_cd s456_ad) (sc-transitive3 s456_bc s456_cd s456_bd)))
(assert (and (sc-transitive3 s457_ab s457_bc s457_ac) (sc-transitive3 s457_ab s457_bd s457_ad) (sc-transitive3 s457_ac s457_cd s457_ad) (sc-transitive3 s457_bc s457_cd s457_bd)))
(assert (and (sc-transitive3 s458_ab s458_bc s458_ac) (sc-transitive3 s458_ab s458_bd s458_ad) (sc-transitive3 s458_ac s458_cd s458_ad) (sc-transitive3 s458_bc s458_cd s458_bd)))
(assert (and (sc-transitive3 s459_ab s459_bc s459_ac) (sc-transitive3 s459_ab s459_bd s459_ad) (sc-transitive3 s459_ac s459_cd s459_ad) (sc-transitive3 s459_bc s459_cd s459_bd)))
(assert (and (sc-transitive3 s460_ab s460_bc s460_ac) (sc-transitive3 s460_ab s460_bd s460_ad) (sc-transitive3 s460_ac s460_cd s460_ad) (sc-transitive3 s460_bc s460_cd s460_bd)))
(assert (and (sc-transitive3 s461_ab s461_bc s461_ac) (sc-transitive3 s461_ab s461_bd s461_ad) (sc-transitive3 s461_ac s461_cd s461_ad) (sc-transitive3 s461_bc s461_cd s461_bd)))
(assert (and (sc-transitive3 s462_ab s462_bc s462_ac) (sc-transitive3 s462_ab s462_bd s462_ad) (sc-transitive3 s462_ac s462_cd s462_ad) (sc-transitive3 s462_bc s462_cd s462_bd)))
(assert (and (sc-transitive3 s463_ab s463_bc s463_ac) (sc-transitive3 s463_ab s463_bd s463_ad) (sc-transitive3 s463_ac s463_cd s463_ad) (sc-transitive3 s463_bc s463_cd s463_bd)))
(assert (and (sc-transitive3 s464_ab s464_bc s464_ac) (sc-transitive3 s464_ab s464_bd s464_ad) (sc-transitive3 s464_ac s464_cd s464_ad) (sc-transitive3 s464_bc s464_cd s464_bd)))
(assert (and (sc-transitive3 s465_ab s465_bc s465_ac) (sc-transitive3 s465_ab s465_bd s465_ad) (sc-transitive3 s465_ac s465_cd s465_ad) (sc-transitive3 s465_bc s465_cd s465_bd)))
(assert (and (sc-transitive3 s466_ab s466_bc s466_ac) (sc-transitive3 s466_ab s466_bd s466_ad) (sc-transitive3 s466_ac s466_cd s466_ad) (sc-transitive3 s466_bc s466_cd s466_bd)))
(assert (and (sc-transitive3 s467_ab s467_bc s467_ac) (sc-transitive3 s467_ab s467_bd s467_ad) (sc-transitive3 s467_ac s467_cd s467_ad) (sc-transitive3 s467_bc s467_cd s467_bd)))
(assert (and (sc-transitive3 s468_ab s468_bc s468_ac) (sc-transitive3 s468_ab s468_bd s468_ad) (sc-transitive3 s468_ac s468_cd s468_ad) (sc-transitive3 s468_bc s468_cd s468_bd)))
(assert (and (sc-transitive3 s469_ab s469_bc s469_ac) (sc-transitive3 s469_ab s469_bd s469_ad) (sc-transitive3 s469_ac s469_cd s469_ad) (sc-transitive3 s469_bc s469_cd s469_bd)))
(assert (and (sc-transitive3 s470_ab s470_bc s470_ac) (sc-transitive3 s470_ab s470_bd s470_ad) (sc-transitive3 s470_ac s470_cd s470_ad) (sc-transitive3 s470_bc s470_cd s470_bd)))
(assert (and (sc-transitive3 s471_ab s471_bc s471_ac) (sc-transitive3 s471_ab s471_bd s471_ad) (sc-transitive3 s471_ac s471_cd s471_ad) (sc-transitive3 s471_bc s471_cd s471_bd)))
(assert (and (sc-transitive3 s472_ab s472_bc s472_ac) (sc-transitive3 s472_ab s472_bd s472_ad) (sc-transitive3 s472_ac s472_cd s472_ad) (sc-transitive3 s472_bc s472_cd s472_bd)))
(assert (and (sc-transitive3 s473_ab s473_bc s473_ac) (sc-transitive3 s473_ab s473_bd s473_ad) (sc-transitive3 s473_ac s473_cd s473_ad) (sc-transitive3 s473_bc s473_cd s473_bd)))
(assert (and (sc-transitive3 s474_ab s474_bc s474_ac) (sc-transitive3 s474_ab s474_bd s474_ad) (sc-transitive3 s474_ac s474_cd s474_ad) (sc-transitive3 s474_bc s474_cd s474_bd)))
(assert (and (sc-transitive3 s475_ab s475_bc s475_ac) (sc-transitive3 s475_ab s475_bd s475_ad) (sc-transitive3 s475_ac s475_cd s475_ad) (sc-transitive3 s475_bc s475_cd s475_bd)))
(assert (and (sc-transitive3 s476_ab s476_bc s476_ac) (sc-transitive3 s476_ab s476_bd s476_ad) (sc-transitive3 s476_ac s476_cd s476_ad) (sc-transitive3 s476_bc s476_cd s476_bd)))
(assert (and (sc-transitive3 s477_ab s477_bc s477_ac) (sc-transitive3 s477_ab s477_bd s477_ad) (sc-transitive3 s477_ac s477_cd s477_ad) (sc-transitive3 s477_bc s477_cd s477_bd)))
(assert (and (sc-transitive3 s478_ab s478_bc s478_ac) (sc-transitive3 s478_ab s478_bd s478_ad) (sc-transitive3 s478_ac s478_cd s478_ad) (sc-transitive3 s478_bc s478_cd s478_bd)))
(assert (and (sc-transitive3 s479_ab s479_bc s479_ac) (sc-transitive3 s479_ab s479_bd s479_ad) (sc-transitive3 s479_ac s479_cd s479_ad) (sc-transitive3 s479_bc s479_cd s479_bd)))
(assert (and (sc-transitive3 s480_ab s480_bc s480_ac) (sc-transitive3 s480_ab s480_bd s480_ad) (sc-transitive3 s480_ac s480_cd s480_ad) (sc-transitive3 s480_bc s480_cd s480_bd)))
(assert (and (sc-transitive3 s481_ab s481_bc s481_ac) (sc-transitive3 s481_ab s481_bd s481_ad) (sc-transitive3 s481_ac s481_cd s481_ad) (sc-transitive3 s481_bc s481_cd s481_bd)))
(assert (and (sc-transitive3 s482_ab s482_bc s482_ac) (sc-transitive3 s482_ab s482_bd s482_ad) (sc-transitive3 s482_ac s482_cd s482_ad) (sc-transitive3 s482_bc s482_cd s482_bd)))
(assert (and (sc-transitive3 s483_ab s483_bc s483_ac) (sc-transitive3 s483_ab s483_bd s483_ad) (sc-transitive3 s483_ac s483_cd s483_ad) (sc-transitive3 s483_bc s483_cd s483_bd)))
(assert (and (sc-transitive3 s484_ab s484_bc s484_ac) (sc-transitive3 s484_ab s484_bd s484_ad) (sc-transitive3 s484_ac s484_cd s484_ad) (sc-transitive3 s484_bc s484_cd s484_bd)))
(assert (and (sc-transitive3 s485_ab s485_bc s485_ac) (sc-transitive3 s485_ab s485_bd s485_ad) (sc-transitive3 s485_ac s485_cd s485_ad) (sc-transitive3 s485_bc s485_cd s485_bd)))
(assert (and (sc-transitive3 s486_ab s486_bc s486_ac) (sc-transitive3 s486_ab s486_bd s486_ad) (sc-transitive3 s486_ac s486_cd s486_ad) (sc-transitive3 s486_bc s486_cd s486_bd)))
(assert (and (sc-transitive3 s487_ab s487_bc s487_ac) (sc-transitive3 s487_ab s487_bd s487_ad) (sc-transitive3 s487_ac s487_cd s487_ad) (sc-transitive3 s487_bc s487_cd s487_bd)))
(assert (and (sc-transitive3 s488_ab s488_bc s488_ac) (sc-transitive3 s488_ab s488_bd s488_ad) (sc-transitive3 s488_ac s488_cd s488_ad) (sc-transitive3 s488_bc s488_cd s488_bd)))
(assert (and (sc-transitive3 s489_ab s489_bc s489_ac) (sc-transitive3 s489_ab s489_bd s489_ad) (sc-transitive3 s489_ac s489_cd s489_ad) (sc-transitive3 s489_bc s489_cd s489_bd)))
(assert (and (sc-transitive3 s490_ab s490_bc s490_ac) (sc-transitive3 s490_ab s490_bd s490_ad) (sc-transitive3 s490_ac s490_cd s490_ad) (sc-transitive3 s490_bc s490_cd s490_bd)))
(assert (and (sc-transitive3 s491_ab s491_bc s491_ac) (sc-transitive3 s491_ab s491_bd s491_ad) (sc-transitive3 s491_ac s491_cd s491_ad) (sc-transitive3 s491_bc s491_cd s491_bd)))
(assert (and (sc-transitive3 s492_ab s492_bc s492_ac) (sc-transitive3 s492_ab s492_bd s492_ad) (sc-transitive3 s492_ac s492_cd s492_ad) (sc-transitive3 s492_bc s492_cd s492_bd)))
(assert (and (sc-transitive3 s493_ab s493_bc s493_ac) (sc-transitive3 s493_ab s493_bd s493_ad) (sc-transitive3 s493_ac s493_cd s493_ad) (sc-transitive3 s493_bc s493_cd s493_bd)))
(assert (and (sc-transitive3 s494_ab s494_bc s494_ac) (sc-transitive3 s494_ab s494_bd s494_ad) (sc-transitive3 s494_ac s494_cd s494_ad) (sc-transitive3 s494_bc s494_cd s494_bd)))
(assert (and (sc-transitive3 s495_ab s495_bc s495_ac) (sc-transitive3 s495_ab s495_bd s495_ad) (sc-transitive3 s495_ac s495_cd s495_ad) (sc-transitive3 s495_bc s495_cd s495_bd)))
(assert (and (sc-transitive3 s496_ab s496_bc s496_ac) (sc-transitive3 s496_ab s496_bd s496_ad) (sc-transitive3 s496_ac s496_cd s496_ad) (sc-transitive3 s496_bc s496_cd s496_bd)))
(assert (and (sc-transitive3 s497_ab s497_bc s497_ac) (sc-transitive3 s497_ab s497_bd s497_ad) (sc-transitive3 s497_ac s497_cd s497_ad) (sc-transitive3 s497_bc s497_cd s497_bd)))
(assert (and (sc-transitive3 s498_ab s498_bc s498_ac) (sc-transitive3 s498_ab s498_bd s498_ad) (sc-transitive3 s498_ac s498_cd s498_ad) (sc-transitive3 s498_bc s498_cd s498_bd)))
(assert (and (sc-transitive3 s499_ab s499_bc s499_ac) (sc-transitive3 s499_ab s499_bd s499_ad) (sc-transitive3 s499_ac s499_cd s499_ad) (sc-transitive3 s499_bc s499_cd s499_bd)))
(assert (and (sc-transitive3 s500_ab s500_bc s500_ac) (sc-transitive3 s500_ab s500_bd s500_ad) (sc-transitive3 s500_ac s500_cd s500_ad) (sc-transitive3 s500_bc s500_cd s500_bd)))
(assert (and (sc-transitive3 s501_ab s501_bc s501_ac) (sc-transitive3 s501_ab s501_bd s501_ad) (sc-transitive3 s501_ac s501_cd s501_ad) (sc-transitive3 s501_bc s501_cd s501_bd)))
(assert (and (sc-transitive3 s502_ab s502_bc s502_ac) (sc-transitive3 s502_ab s502_bd s502_ad) (sc-transitive3 s502_ac s502_cd s502_ad) (sc-transitive3 s502_bc s502_cd s502_bd)))
(assert (and (sc-transitive3 s503_ab s503_bc s503_ac) (sc-transitive3 s503_ab s503_bd s503_ad) (sc-transitive3 s503_ac s503_cd s503_ad) (sc-transitive3 s503_bc s503_cd s503_bd)))
(assert (and (sc-transitive3 s504_ab s504_bc s504_ac) (sc-transitive3 s504_ab s504_bd s504_ad) (sc-transitive3 s504_ac s504_cd s504_ad) (sc-transitive3 s504_bc s504_cd s504_bd)))
(assert (and (sc-transitive3 s505_ab s505_bc s505_ac) (sc-transitive3 s505_ab s505_bd s505_ad) (sc-transitive3 s505_ac s505_cd s505_ad) (sc-transitive3 s505_bc s505_cd s505_bd)))
(assert (and (sc-transitive3 s506_ab s506_bc s506_ac) (sc-transitive3 s506_ab s506_bd s506_ad) (sc-transitive3 s506_ac s506_cd s506_ad) (sc-transitive3 s506_bc s506_cd s506_bd)))
(assert (and (sc-transitive3 s507_ab s507_bc s507_ac) (sc-transitive3 s507_ab s507_bd s507_ad) (sc-transitive3 s507_ac s507_cd s507_ad) (sc-transitive3 s507_bc s507_cd s507_bd)))
(assert (and (sc-transitive3 s508_ab s508_bc s508_ac) (sc-transitive3 s508_ab s508_bd s508_ad) (sc-transitive3 s508_ac s508_cd s508_ad) (sc-transitive3 s508_bc s508_cd s508_bd)))
(assert (and (sc-transitive3 s509_ab s509_bc s509_ac) (sc-transitive3 s509_ab s509_bd s509_ad) (sc-transitive3 s509_ac s509_cd s509_ad) (sc-transitive3 s509_bc s509_cd s509_bd)))
(assert (and (sc-transitive3 s510_ab s510_bc s510_ac) (sc-transitive3 s510_ab s510_bd s510_ad) (sc-transitive3 s510_ac s510_cd s510_ad) (sc-transitive3 s510_bc s510_cd s510_bd)))
(assert (and (sc-transitive3 s511_ab s511_bc s511_ac) (sc-transitive3 s511_ab s511_bd s511_ad) (sc-transitive3 s511_ac s511_cd s511_ad) (sc-transitive3 s511_bc s511_cd s511_bd)))
(assert (and (sc-transitive3 s512_ab s512_bc s512_ac) (sc-transitive3 s512_ab s512_bd s512_ad) (sc-transitive3 s512_ac s512_cd s512_ad) (sc-transitive3 s512_bc s512_cd s512_bd)))
(assert (and (sc-transitive3 s513_ab s513_bc s513_ac) (sc-transitive3 s513_ab s513_bd s513_ad) (sc-transitive3 s513_ac s513_cd s513_ad) (sc-transitive3 s513_bc s513_cd s513_bd)))
(assert (and (sc-transitive3 s514_ab s514_bc s514_ac) (sc-transitive3 s514_ab s514_bd s514_ad) (sc-transitive3 s514_ac s514_cd s514_ad) (sc-transitive3 s514_bc s514_cd s514_bd)))
(assert (and (sc-transitive3 s515_ab s515_bc s515_ac) (sc-transitive3 s515_ab s515_bd s515_ad) (sc-transitive3 s515_ac s515_cd s515_ad) (sc-transitive3 s515_bc s515_cd s515_bd)))
(assert (and (sc-transitive3 s516_ab s516_bc s516_ac) (sc-transitive3 s516_ab s516_bd s516_ad) (sc-transitive3 s516_ac s516_cd s516_ad) (sc-transitive3 s516_bc s516_cd s516_bd)))
(assert (and (sc-transitive3 s517_ab s517_bc s517_ac) (sc-transitive3 s517_ab s517_bd s517_ad) (sc-transitive3 s517_ac s517_cd s517_ad) (sc-transitive3 s517_bc s517_cd s517_bd)))
(assert (and (sc-transitive3 s518_ab s518_bc s518_ac) (sc-transitive3 s518_ab s518_bd s518_ad) (sc-transitive3 s518_ac s518_cd s518_ad) (sc-transitive3 s518_bc s518_cd s518_bd)))
(assert (and (sc-transitive3 s519_ab s519_bc s519_ac) (sc-transitive3 s519_ab s519_bd s519_ad) (sc-transitive3 s519_ac s519_cd s519_ad) (sc-transitive3 s519_bc s519_cd s519_bd)))
(assert (and (sc-transitive3 s520_ab s520_bc s520_ac) (sc-transitive3 s520_ab s520_bd s520_ad) (sc-transitive3 s520_ac s520_cd s520_ad) (sc-transitive3 s520_bc s520_cd s520_bd)))
(assert (and (sc-transitive3 s521_ab s521_bc s521_ac) (sc-transitive3 s521_ab s521_bd s521_ad) (sc-transitive3 s521_ac s521_cd s521_ad) (sc-transitive3 s521_bc s521_cd s521_bd)))
(assert (and (sc-transitive3 s522_ab s522_bc s522_ac) (sc-transitive3 s522_ab s522_bd s522_ad) (sc-transitive3 s522_ac s522_cd s522_ad) (sc-transitive3 s522_bc s522_cd s522_bd)))
(assert (and (sc-transitive3 s523_ab s523_bc s523_ac) (sc-transitive3 s523_ab s523_bd s523_ad) (sc-transitive3 s523_ac s523_cd s523_ad) (sc-transitive3 s523_bc s523_cd s523_bd)))
(assert (and (sc-transitive3 s524_ab s524_bc s524_ac) (sc-transitive3 s524_ab s524_bd s524_ad) (sc-transitive3 s524_ac s524_cd s524_ad) (sc-transitive3 s524_bc s524_cd s524_bd)))
(assert (and (sc-transitive3 s525_ab s525_bc s525_ac) (sc-transitive3 s525_ab s525_bd s525_ad) (sc-transitive3 s525_ac s525_cd s525_ad) (sc-transitive3 s525_bc s525_cd s525_bd)))
(assert (and (sc-transitive3 s526_ab s526_bc s526_ac) (sc-transitive3 s526_ab s526_bd s526_ad) (sc-transitive3 s526_ac s526_cd s526_ad) (sc-transitive3 s526_bc s526_cd s526_bd)))
(assert (and (sc-transitive3 s527_ab s527_bc s527_ac) (sc-transitive3 s527_ab s527_bd s527_ad) (sc-transitive3 s527_ac s527_cd s527_ad) (sc-transitive3 s527_bc s527_cd s527_bd)))
(assert (and (sc-transitive3 s528_ab s528_bc s528_ac) (sc-transitive3 s528_ab s528_bd s528_ad) (sc-transitive3 s528_ac s528_cd s528_ad) (sc-transitive3 s528_bc s528_cd s528_bd)))
(assert (and (sc-transitive3 s529_ab s529_bc s529_ac) (sc-transitive3 s529_ab s529_bd s529_ad) (sc-transitive3 s529_ac s529_cd s529_ad) (sc-transitive3 s529_bc s529_cd s529_bd)))
(assert (and (sc-transitive3 s530_ab s530_bc s530_ac) (sc-transitive3 s530_ab s530_bd s530_ad) (sc-transitive3 s530_ac s530_cd s530_ad) (sc-transitive3 s530_bc s530_cd s530_bd)))
(assert (and (sc-transitive3 s531_ab s531_bc s531_ac) (sc-transitive3 s531_ab s531_bd s531_ad) (sc-transitive3 s531_ac s531_cd s531_ad) (sc-transitive3 s531_bc s531_cd s531_bd)))
(assert (and (sc-transitive3 s532_ab s532_bc s532_ac) (sc-transitive3 s532_ab s532_bd s532_ad) (sc-transitive3 s532_ac s532_cd s532_ad) (sc-transitive3 s532_bc s532_cd s532_bd)))
(assert (and (sc-transitive3 s533_ab s533_bc s533_ac) (sc-transitive3 s533_ab s533_bd s533_ad) (sc-transitive3 s533_ac s533_cd s533_ad) (sc-transitive3 s533_bc s533_cd s533_bd)))
(assert (and (sc-transitive3 s534_ab s534_bc s534_ac) (sc-transitive3 s534_ab s534_bd s534_ad) (sc-transitive3 s534_ac s534_cd s534_ad) (sc-transitive3 s534_bc s534_cd s534_bd)))
(assert (and (sc-transitive3 s535_ab s535_bc s535_ac) (sc-transitive3 s535_ab s535_bd s535_ad) (sc-transitive3 s535_ac s535_cd s535_ad) (sc-transitive3 s535_bc s535_cd s535_bd)))
(assert (and (sc-transitive3 s536_ab s536_bc s536_ac) (sc-transitive3 s536_ab s536_bd s536_ad) (sc-transitive3 s536_ac s536_cd s536_ad) (sc-transitive3 s536_bc s536_cd s536_bd)))
(assert (and (sc-transitive3 s537_ab s537_bc s537_ac) (sc-transitive3 s537_ab s537_bd s537_ad) (sc-transitive3 s537_ac s537_cd s537_ad) (sc-transitive3 s537_bc s537_cd s537_bd)))
(assert (and (sc-transitive3 s538_ab s538_bc s538_ac) (sc-transitive3 s538_ab s538_bd s538_ad) (sc-transitive3 s538_ac s538_cd s538_ad) (sc-transitive3 s538_bc s538_cd s538_bd)))
(assert (and (sc-transitive3 s539_ab s539_bc s539_ac) (sc-transitive3 s539_ab s539_bd s539_ad) (sc-transitive3 s539_ac s539_cd s539_ad) (sc-transitive3 s539_bc s539_cd s539_bd)))
(assert (and (sc-transitive3 s540_ab s540_bc s540_ac) (sc-transitive3 s540_ab s540_bd s540_ad) (sc-transitive3 s540_ac s540_cd s540_ad) (sc-transitive3 s540_bc s540_cd s540_bd)))
(assert (and (sc-transitive3 s541_ab s541_bc s541_ac) (sc-transitive3 s541_ab s541_bd s541_ad) (sc-transitive3 s541_ac s541_cd s541_ad) (sc-transitive3 s541_bc s541_cd s541_bd)))
(assert (and (sc-transitive3 s542_ab s542_bc s542_ac) (sc-transitive3 s542_ab s542_bd s542_ad) (sc-transitive3 s542_ac s542_cd s542_ad) (sc-transitive3 s542_bc s542_cd s542_bd)))
(assert (and (sc-transitive3 s543_ab s543_bc s543_ac) (sc-transitive3 s543_ab s543_bd s543_ad) (sc-transitive3 s543_ac s543_cd s543_ad) (sc-transitive3 s543_bc s543_cd s543_bd)))
(assert (and (sc-transitive3 s544_ab s544_bc s544_ac) (sc-transitive3 s544_ab s544_bd s544_ad) (sc-transitive3 s544_ac s544_cd s544_ad) (sc-transitive3 s544_bc s544_cd s544_bd)))
(assert (and (sc-transitive3 s545_ab s545_bc s545_ac) (sc-transitive3 s545_ab s545_bd s545_ad) (sc-transitive3 s545_ac s545_cd s545_ad) (sc-transitive3 s545_bc s545_cd s545_bd)))
(assert (and (sc-transitive3 s546_ab s546_bc s546_ac) (sc-transitive3 s546_ab s546_bd s546_ad) (sc-transitive3 s546_ac s546_cd s546_ad) (sc-transitive3 s546_bc s546_cd s546_bd)))
(assert (and (sc-transitive3 s547_ab s547_bc s547_ac) (sc-transitive3 s547_ab s547_bd s547_ad) (sc-transitive3 s547_ac s547_cd s547_ad) (sc-transitive3 s547_bc s547_cd s547_bd)))
(assert (and (sc-transitive3 s548_ab s548_bc s548_ac) (sc-transitive3 s548_ab s548_bd s548_ad) (sc-transitive3 s548_ac s548_cd s548_ad) (sc-transitive3 s548_bc s548_cd s548_bd)))
(assert (and (sc-transitive3 s549_ab s549_bc s549_ac) (sc-transitive3 s549_ab s549_bd s549_ad) (sc-transitive3 s549_ac s549_cd s549_ad) (sc-transitive3 s549_bc s549_cd s549_bd)))
(assert (and (sc-transitive3 s550_ab s550_bc s550_ac) (sc-transitive3 s550_ab s550_bd s550_ad) (sc-transitive3 s550_ac s550_cd s550_ad) (sc-transitive3 s550_bc s550_cd s550_bd)))
(assert (and (sc-transitive3 s551_ab s551_bc s551_ac) (sc-transitive3 s551_ab s551_bd s551_ad) (sc-transitive3 s551_ac s551_cd s551_ad) (sc-transitive3 s551_bc s551_cd s551_bd)))
(assert (and (sc-transitive3 s552_ab s552_bc s552_ac) (sc-transitive3 s552_ab s552_bd s552_ad) (sc-transitive3 s552_ac s552_cd s552_ad) (sc-transitive3 s552_bc s552_cd s552_bd)))
(assert (and (sc-transitive3 s553_ab s553_bc s553_ac) (sc-transitive3 s553_ab s553_bd s553_ad) (sc-transitive3 s553_ac s553_cd s553_ad) (sc-transitive3 s553_bc s553_cd s553_bd)))
(assert (and (sc-transitive3 s554_ab s554_bc s554_ac) (sc-transitive3 s554_ab s554_bd s554_ad) (sc-transitive3 s554_ac s554_cd s554_ad) (sc-transitive3 s554_bc s554_cd s554_bd)))
(assert (and (sc-transitive3 s555_ab s555_bc s555_ac) (sc-transitive3 s555_ab s555_bd s555_ad) (sc-transitive3 s555_ac s555_cd s555_ad) (sc-transitive3 s555_bc s555_cd s555_bd)))
(assert (and (sc-transitive3 s556_ab s556_bc s556_ac) (sc-transitive3 s556_ab s556_bd s556_ad) (sc-transitive3 s556_ac s556_cd s556_ad) (sc-transitive3 s556_bc s556_cd s556_bd)))
(assert (and (sc-transitive3 s557_ab s557_bc s557_ac) (sc-transitive3 s557_ab s557_bd s557_ad) (sc-transitive3 s557_ac s557_cd s557_ad) (sc-transitive3 s557_bc s557_cd s557_bd)))
(assert (and (sc-transitive3 s558_ab s558_bc s558_ac) (sc-transitive3 s558_ab s558_bd s558_ad) (sc-transitive3 s558_ac s558_cd s558_ad) (sc-transitive3 s558_bc s558_cd s558_bd)))
(assert (and (sc-transitive3 s559_ab s559_bc s559_ac) (sc-transitive3 s559_ab s559_bd s559_ad) (sc-transitive3 s559_ac s559_cd s559_ad) (sc-transitive3 s559_bc s559_cd s559_bd)))
(assert (and (sc-transitive3 s560_ab s560_bc s560_ac) (sc-transitive3 s560_ab s560_bd s560_ad) (sc-transitive3 s560_ac s560_cd s560_ad) (sc-transitive3 s560_bc s560_cd s560_bd)))
(assert (and (sc-transitive3 s561_ab s561_bc s561_ac) (sc-transitive3 s561_ab s561_bd s561_ad) (sc-transitive3 s561_ac s561_cd s561_ad) (sc-transitive3 s561_bc s561_cd s561_bd)))
(assert (and (sc-transitive3 s562_ab s562_bc s562_ac) (sc-transitive3 s562_ab s562_bd s562_ad) (sc-transitive3 s562_ac s562_cd s562_ad) (sc-transitive3 s562_bc s562_cd s562_bd)))
(assert (and (sc-transitive3 s563_ab s563_bc s563_ac) (sc-transitive3 s563_ab s563_bd s563_ad) (sc-transitive3 s563_ac s563_cd s563_ad) (sc-transitive3 s563_bc s563_cd s563_bd)))
(assert (and (sc-transitive3 s564_ab s564_bc s564_ac) (sc-transitive3 s564_ab s564_bd s564_ad) (sc-transitive3 s564_ac s564_cd s564_ad) (sc-transitive3 s564_bc s564_cd s564_bd)))
(assert (and (sc-transitive3 s565_ab s565_bc s565_ac) (sc-transitive3 s565_ab s565_bd s565_ad) (sc-transitive3 s565_ac s565_cd s565_ad) (sc-transitive3 s565_bc s565_cd s565_bd)))
(assert (and (sc-transitive3 s566_ab s566_bc s566_ac) (sc-transitive3 s566_ab s566_bd s566_ad) (sc-transitive3 s566_ac s566_cd s566_ad) (sc-transitive3 s566_bc s566_cd s566_bd)))
(assert (and (sc-transitive3 s567_ab s567_bc s567_ac) (sc-transitive3 s567_ab s567_bd s567_ad) (sc-transitive3 s567_ac s567_cd s567_ad) (sc-transitive3 s567_bc s567_cd s567_bd)))
(assert (and (sc-transitive3 s568_ab s568_bc s568_ac) (sc-transitive3 s568_ab s568_bd s568_ad) (sc-transitive3 s568_ac s568_cd s568_ad) (sc-transitive3 s568_bc s568_cd s568_bd)))
(assert (and (sc-transitive3 s569_ab s569_bc s569_ac) (sc-transitive3 s569_ab s569_bd s569_ad) (sc-transitive3 s569_ac s569_cd s569_ad) (sc-transitive3 s569_bc s569_cd s569_bd)))
(assert (and (sc-transitive3 s570_ab s570_bc s570_ac) (sc-transitive3 s570_ab s570_bd s570_ad) (sc-transitive3 s570_ac s570_cd s570_ad) (sc-transitive3 s570_bc s570_cd s570_bd)))
(assert (and (sc-transitive3 s571_ab s571_bc s571_ac) (sc-transitive3 s571_ab s571_bd s571_ad) (sc-transitive3 s571_ac s571_cd s571_ad) (sc-transitive3 s571_bc s571_cd s571_bd)))
(assert (and (sc-transitive3 s572_ab s572_bc s572_ac) (sc-transitive3 s572_ab s572_bd s572_ad) (sc-transitive3 s572_ac s572_cd s572_ad) (sc-transitive3 s572_bc s572_cd s572_bd)))
(assert (and (sc-transitive3 s573_ab s573_bc s573_ac) (sc-transitive3 s573_ab s573_bd s573_ad) (sc-transitive3 s573_ac s573_cd s573_ad) (sc-transitive3 s573_bc s573_cd s573_bd)))
(assert (and (sc-transitive3 s574_ab s574_bc s574_ac) (sc-transitive3 s574_ab s574_bd s574_ad) (sc-transitive3 s574_ac s574_cd s574_ad) (sc-transitive3 s574_bc s574_cd s574_bd)))
(assert (and (sc-transitive3 s575_ab s575_bc s575_ac) (sc-transitive3 s575_ab s575_bd s575_ad) (sc-transitive3 s575_ac s575_cd s575_ad) (sc-transitive3 s575_bc s575_cd s575_bd)))
; weak Pareto: if every voter puts x above y, so does society
(assert (and s0_ab s0_ac s0_ad s0_bc s0_bd s0_cd))
(assert (and s1_ab s1_ac s1_ad s1_bc s1_bd))
(assert (and s2_ab s2_ac s2_ad s2_bd s2_cd))
(assert (and s3_ab s3_ac s3_ad s3_cd))
(assert (and s4_ab s4_ac s4_ad s4_bc))
(assert (and s5_ab s5_ac s5_ad))
(assert (and s6_ac s6_ad s6_bc s6_bd s6_cd))
(assert (and s7_ac s7_ad s7_bc s7_bd))
(assert (and s8_ad s8_bc s8_bd s8_cd))
(assert (and s9_bc s9_bd s9_cd))
(assert (and s10_ac s10_bc s10_bd))
(assert (and s11_bc s11_bd))
(assert (and s12_ab s12_ad s12_bd s12_cd))
(assert (and s13_ab s13_ad s13_cd))
(assert (and s14_ad s14_bd s14_cd))
(assert (and s15_bd s15_cd))
(assert (and s16_ab s16_cd))
(assert s17_cd)
(assert (and s18_ab s18_ac s18_bc))
(assert (and s19_ab s19_ac))
(assert (and s20_ac s20_bc))
(assert s21_bc)
(assert s22_ab)
(assert (and s24_ab s24_ac s24_ad s24_bc s24_bd))
(assert (and s25_ab s25_ac s25_ad s25_bc s25_bd (not s25_cd)))
(assert (and s26_ab s26_ac s26_ad s26_bd))
(assert (and s27_ab s27_ac s27_ad))
(assert (and s28_ab s28_ac s28_ad s28_bc (not s28_cd)))
(assert (and s29_ab s29_ac s29_ad (not s29_cd)))
(assert (and s30_ac s30_ad s30_bc s30_bd))
(assert (and s31_ac s31_ad s31_bc s31_bd (not s31_cd)))
(assert (and s32_ad s32_bc s32_bd))
(assert (and s33_bc s33_bd))
(assert (and s34_ac s34_bc s34_bd (not s34_cd)))
(assert (and s35_bc s35_bd (not s35_cd)))
(assert (and s36_ab s36_ad s36_bd))
(assert (and s37_ab s37_ad))
(assert (and s38_ad s38_bd))
(assert s39_bd)
(assert s40_ab)
(assert (and s42_ab s42_ac s42_bc (not s42_cd)))
(assert (and s43_ab s43_ac (not s43_cd)))
(assert (and s44_ac s44_bc (not s44_cd)))
(assert (and s45_bc (not s45_cd)))
(assert (and s46_ab (not s46_cd)))
(assert (not s47_cd))
(assert (and s48_ab s48_ac s48_ad s48_bd s48_cd))
(assert (and s49_ab s49_ac s49_ad s49_bd))
(assert (and s50_ab s50_ac s50_ad (not s50_bc) s50_bd s50_cd))
(assert (and s51_ab s51_ac s51_ad (not s51_bc) s51_cd))
(assert (and s52_ab s52_ac s52_ad))
(assert (and s53_ab s53_ac s53_ad (not s53_bc)))
(assert (and s54_ac s54_ad s54_bd s54_cd))
(assert (and s55_ac s55_ad s55_bd))
(assert (and s56_ad s56_bd s56_cd))
(assert (and s57_bd s57_cd))
(assert (and s58_ac s58_bd))
(assert s59_bd)
(assert (and s60_ab s60_ad (not s60_bc) s60_bd s60_cd))
(assert (and s61_ab s61_ad (not s61_bc) s61_cd))
(assert (and s62_ad (not s62_bc) s62_bd s62_cd))
(assert (and (not s63_bc) s63_bd s63_cd))
(assert (and s64_ab (not s64_bc) s64_cd))
(assert (and (not s65_bc) s65_cd))
(assert (and s66_ab s66_ac))
(assert (and s67_ab s67_ac (not s67_bc)))
(assert s68_ac)
(assert (and s70_ab (not s70_bc)))
(assert (not s71_bc))
(assert (and s72_ab s72_ac s72_ad s72_cd))
(assert (and s73_ab s73_ac s73_ad))
(assert (and s74_ab s74_ac s74_ad (not s74_bc) s74_cd))
(assert (and s75_ab s75_ac s75_ad (not s75_bc) (not s75_bd) s75_cd))
(assert (and s76_ab s76_ac s76_ad (not s76_bd)))
(assert (and s77_ab s77_ac s77_ad (not s77_bc) (not s77_bd)))
(assert (and s78_ac s78_ad s78_cd))
(assert (and s79_ac s79_ad))
(assert (and s80_ad s80_cd))
(assert s81_cd)
(assert s82_ac)
(assert (and s84_ab s84_ad (not s84_bc) s84_cd))
(assert (and s85_ab s85_ad (not s85_bc) (not s85_bd) s85_cd))
(assert (and s86_ad (not s86_bc) s86_cd))
(assert (and (not s87_bc) s87_cd))
(assert (and s88_ab (not s88_bc) (not s88_bd) s88_cd))
(assert (and (not s89_bc) (not s89_bd) s89_cd))
(assert (and s90_ab s90_ac (not s90_bd)))
(assert (and s91_ab s91_ac (not s91_bc) (not s91_bd)))
(assert (and s92_ac (not s92_bd)))
(assert (not s93_bd))
(assert (and s94_ab (not s94_bc) (not s94_bd)))
(assert (and (not s95_bc) (not s95_bd)))
(assert (and s96_ab s96_ac s96_ad s96_bc))
(assert (and s97_ab s97_ac s97_ad s97_bc (not s97_cd)))
(assert (and s98_ab s98_ac s98_ad))
(assert (and s99_ab s99_ac s99_ad (not s99_bd)))
(assert (and s100_ab s100_ac s100_ad s100_bc (not s100_bd) (not s100_cd)))
(assert (and s101_ab s101_ac s101_ad (not s101_bd) (not s101_cd)))
(assert (and s102_ac s102_ad s102_bc))
(assert (and s103_ac s103_ad s103_bc (not s103_cd)))
(assert (and s104_ad s104_bc))
(assert s105_bc)
(assert (and s106_ac s106_bc (not s106_cd)))
(assert (and s107_bc (not s107_cd)))
(assert (and s108_ab s108_ad))
(assert (and s109_ab s109_ad (not s109_bd)))
(assert s110_ad)
(assert (and s112_ab (not s112_bd)))
(assert (not s113_bd))
(assert (and s114_ab s114_ac s114_bc (not s114_bd) (not s114_cd)))
(assert (and s115_ab s115_ac (not s115_bd) (not s115_cd)))
(assert (and s116_ac s116_bc (not s116_bd) (not s116_cd)))
(assert (and s117_bc (not s117_bd) (not s117_cd)))
(assert (and s118_ab (not s118_bd) (not s118_cd)))
(assert (and (not s119_bd) (not s119_cd)))
(assert (and s120_ab s120_ac s120_ad))
(assert (and s121_ab s121_ac s121_ad (not s121_cd)))
(assert (and s122_ab s122_ac s122_ad (not s122_bc)))
(assert (and s123_ab s123_ac s123_ad (not s123_bc) (not s123_bd)))
(assert (and s124_ab s124_ac s124_ad (not s124_bd) (not s124_cd)))
(assert (and s125_ab s125_ac s125_ad (not s125_bc) (not s125_bd) (not s125_cd)))
(assert (and s126_ac s126_ad))
(assert (and s127_ac s127_ad (not s127_cd)))
(assert s128_ad)
(assert (and s130_ac (not s130_cd)))
(assert (not s131_cd))
(assert (and s132_ab s132_ad (not s132_bc)))
(assert (and s133_ab s133_ad (not s133_bc) (not s133_bd)))
(assert (and s134_ad (not s134_bc)))
(assert (not s135_bc))
(assert (and s136_ab (not s136_bc) (not s136_bd)))
(assert (and (not s137_bc) (not s137_bd)))
(assert (and s138_ab s138_ac (not s138_bd) (not s138_cd)))
(assert (and s139_ab s139_ac (not s139_bc) (not s139_bd) (not s139_cd)))
(assert (and s140_ac (not s140_bd) (not s140_cd)))
(assert (and (not s141_bd) (not s141_cd)))
(assert (and s142_ab (not s142_bc) (not s142_bd) (not s142_cd)))
(assert (and (not s143_bc) (not s143_bd) (not s143_cd)))
(assert (and s144_ac s144_ad s144_bc s144_bd s144_cd))
(assert (and s145_ac s145_ad s145_bc s145_bd))
(assert (and s146_ac s146_ad s146_bd s146_cd))
(assert (and s147_ac s147_ad s147_cd))
(assert (and s148_ac s148_ad s148_bc))
(assert (and s149_ac s149_ad))
(assert (and (not s150_ab) s150_ac s150_ad s150_bc s150_bd s150_cd))
(assert (and (not s151_ab) s151_ac s151_ad s151_bc s151_bd))
(assert (and (not s152_ab) s152_ad s152_bc s152_bd s152_cd))
(assert (and (not s153_ab) s153_bc s153_bd s153_cd))
(assert (and (not s154_ab) s154_ac s154_bc s154_bd))
(assert (and (not s155_ab) s155_bc s155_bd))
(assert (and s156_ad s156_bd s156_cd))
(assert (and s157_ad s157_cd))
(assert (and (not s158_ab) s158_ad s158_bd s158_cd))
(assert (and (not s159_ab) s159_bd s159_cd))
(assert s160_cd)
(assert (and (not s161_ab) s161_cd))
(assert (and s162_ac s162_bc))
(assert s163_ac)
(assert (and (not s164_ab) s164_ac s164_bc))
(assert (and (not s165_ab) s165_bc))
(assert (not s167_ab))
(assert (and s168_ac s168_ad s168_bc s168_bd))
(assert (and s169_ac s169_ad s169_bc s169_bd (not s169_cd)))
(assert (and s170_ac s170_ad s170_bd))
(assert (and s171_ac s171_ad))
(assert (and s172_ac s172_ad s172_bc (not s172_cd)))
(assert (and s173_ac s173_ad (not s173_cd)))
(assert (and (not s174_ab) s174_ac s174_ad s174_bc s174_bd))
(assert (and (not s175_ab) s175_ac s175_ad s175_bc s175_bd (not s175_cd)))
(assert (and (not s176_ab) s176_ad s176_bc s176_bd))
(assert (and (not s177_ab) s177_bc s177_bd))
(assert (and (not s178_ab) s178_ac s178_bc s178_bd (not s178_cd)))
(assert (and (not s179_ab) s179_bc s179_bd (not s179_cd)))
(assert (and s180_ad s180_bd))
(assert s181_ad)
(assert (and (not s182_ab) s182_ad s182_bd))
(assert (and (not s183_ab) s183_bd))
(assert (not s185_ab))
(assert (and s186_ac s186_bc (not s186_cd)))
(assert (and s187_ac (not s187_cd)))
(assert (and (not s188_ab) s188_ac s188_bc (not s188_cd)))
(assert (and (not s189_ab) s189_bc (not s189_cd)))
(assert (not s190_cd))
(assert (and (not s191_ab) (not s191_cd)))
(assert (and s192_ad s192_bc s192_bd s192_cd))
(assert (and s193_ad s193_bc s193_bd))
(assert (and s194_ad s194_bd s194_cd))
(assert (and s195_ad s195_cd))
(assert (and s196_ad s196_bc))
(assert s197_ad)
(assert (and (not s198_ab) s198_ad s198_bc s198_bd s198_cd))
(assert (and (not s199_ab) s199_ad s199_bc s199_bd))
(assert (and (not s200_ab) (not s200_ac) s200_ad s200_bc s200_bd s200_cd))
(assert (and (not s201_ab) (not s201_ac) s201_bc s201_bd s201_cd))
(assert (and (not s202_ab) s202_bc s202_bd))
(assert (and (not s203_ab) (not s203_ac) s203_bc s203_bd))
(assert (and (not s204_ac) s204_ad s204_bd s204_cd))
(assert (and (not s205_ac) s205_ad s205_cd))
(assert (and (not s206_ab) (not s206_ac) s206_ad s206_bd s206_cd))
(assert (and (not s207_ab) (not s207_ac) s207_bd s207_cd))
(assert (and (not s208_ac) s208_cd))
(assert (and (not s209_ab) (not s209_ac) s209_cd))
(assert s210_bc)
(assert (and (not s212_ab) s212_bc))
(assert (and (not s213_ab) (not s213_ac) s213_bc))
(assert (not s214_ac))
(assert (and (not s215_ab) (not s215_ac)))
(assert (and s216_bc s216_bd s216_cd))
(assert (and s217_bc s217_bd))
(assert (and s218_bd s218_cd))
(assert s219_cd)
(assert s220_bc)
(assert (and (not s222_ab) s222_bc s222_bd s222_cd))
(assert (and (not s223_ab) s223_bc s223_bd))
(assert (and (not s224_ab) (not s224_ac) s224_bc s224_bd s224_cd))
(assert (and (not s225_ab) (not s225_ac) (not s225_ad) s225_bc s225_bd s225_cd))
(assert (and (not s226_ab) (not s226_ad) s226_bc s226_bd))
(assert (and (not s227_ab) (not s227_ac) (not s227_ad) s227_bc s227_bd))
(assert (and (not s228_ac) s228_bd s228_cd))
(assert (and (not s229_ac) s229_cd))
(assert (and (not s230_ab) (not s230_ac) s230_bd s230_cd))
(assert (and (not s231_ab) (not s231_ac) (not s231_ad) s231_bd s231_cd))
(assert (and (not s232_ac) (not s232_ad) s232_cd))
(assert (and (not s233_ab) (not s233_ac) (not s233_ad) s233_cd))
(assert (and (not s234_ad) s234_bc))
(assert (not s235_ad))
(assert (and (not s236_ab) (not s236_ad) s236_bc))
(assert (and (not s237_ab) (not s237_ac) (not s237_ad) s237_bc))
(assert (and (not s238_ac) (not s238_ad)))
(assert (and (not s239_ab) (not s239_ac) (not s239_ad)))
(assert (and s240_ac s240_bc s240_bd))
(assert (and s241_ac s241_bc s241_bd (not s241_cd)))
(assert (and s242_ac s242_bd))
(assert s243_ac)
(assert (and s244_ac s244_bc (not s244_cd)))
(assert (and s245_ac (not s245_cd)))
(assert (and (not s246_ab) s246_ac s246_bc s246_bd))
(assert (and (not s247_ab) s247_ac s247_bc s247_bd (not s247_cd)))
(assert (and (not s248_ab) s248_bc s248_bd))
(assert (and (not s249_ab) (not s249_ad) s249_bc s249_bd))
(assert (and (not s250_ab) s250_ac (not s250_ad) s250_bc s250_bd (not s250_cd)))
(assert (and (not s251_ab) (not s251_ad) s251_bc s251_bd (not s251_cd)))
(assert s252_bd)
(assert (and (not s254_ab) s254_bd))
(assert (and (not s255_ab) (not s255_ad) s255_bd))
(assert (not s256_ad))
(assert (and (not s257_ab) (not s257_ad)))
(assert (and s258_ac (not s258_ad) s258_bc (not s258_cd)))
(assert (and s259_ac (not s259_ad) (not s259_cd)))
(assert (and (not s260_ab) s260_ac (not s260_ad) s260_bc (not s260_cd)))
(assert (and (not s261_ab) (not s261_ad) s261_bc (not s261_cd)))
(assert (and (not s262_ad) (not s262_cd)))
(assert (and (not s263_ab) (not s263_ad) (not s263_cd)))
(assert (and s264_bc s264_bd))
(assert (and s265_bc s265_bd (not s265_cd)))
(assert s266_bd)
(assert (and s268_bc (not s268_cd)))
(assert (not s269_cd))
(assert (and (not s270_ab) s270_bc s270_bd))
(assert (and (not s271_ab) s271_bc s271_bd (not s271_cd)))
(assert (and (not s272_ab) (not s272_ac) s272_bc s272_bd))
(assert (and (not s273_ab) (not s273_ac) (not s273_ad) s273_bc s273_bd))
(assert (and (not s274_ab) (not s274_ad) s274_bc s274_bd (not s274_cd)))
(assert (and (not s275_ab) (not s275_ac) (not s275_ad) s275_bc s275_bd (not s275_cd)))
(assert (and (not s276_ac) s276_bd))
(assert (not s277_ac))
(assert (and (not s278_ab) (not s278_ac) s278_bd))
(assert (and (not s279_ab) (not s279_ac) (not s279_ad) s279_bd))
(assert (and (not s280_ac) (not s280_ad)))
(assert (and (not s281_ab) (not s281_ac) (not s281_ad)))
(assert (and (not s282_ad) s282_bc (not s282_cd)))
(assert (and (not s283_ad) (not s283_cd)))
(assert (and (not s284_ab) (not s284_ad) s284_bc (not s284_cd)))
(assert (and (not s285_ab) (not s285_ac) (not s285_ad) s285_bc (not s285_cd)))
(assert (and (not s286_ac) (not s286_ad) (not s286_cd)))
(assert (and (not s287_ab) (not s287_ac) (not s287_ad) (not s287_cd)))
(assert (and s288_ab s288_ad s288_bd s288_cd))
(assert (and s289_ab s289_ad s289_bd))
(assert (and s290_ab s290_ad (not s290_bc) s290_bd s290_cd))
(assert (and s291_ab s291_ad (not s291_bc) s291_cd))
(assert (and s292_ab s292_ad))
(assert (and s293_ab s293_ad (not s293_bc)))
(assert (and s294_ad s294_bd s294_cd))
(assert (and s295_ad s295_bd))
(assert (and (not s296_ac) s296_ad s296_bd s296_cd))
(assert (and (not s297_ac) s297_bd s297_cd))
(assert s298_bd)
(assert (and (not s299_ac) s299_bd))
(assert (and s300_ab (not s300_ac) s300_ad (not s300_bc) s300_bd s300_cd))
(assert (and s301_ab (not s301_ac) s301_ad (not s301_bc) s301_cd))
(assert (and (not s302_ac) s302_ad (not s302_bc) s302_bd s302_cd))
(assert (and (not s303_ac) (not s303_bc) s303_bd s303_cd))
(assert (and s304_ab (not s304_ac) (not s304_bc) s304_cd))
(assert (and (not s305_ac) (not s305_bc) s305_cd))
(assert s306_ab)
(assert (and s307_ab (not s307_bc)))
(assert (not s309_ac))
(assert (and s310_ab (not s310_ac) (not s310_bc)))
(assert (and (not s311_ac) (not s311_bc)))
(assert (and s312_ab s312_ad s312_cd))
(assert (and s313_ab s313_ad))
(assert (and s314_ab s314_ad (not s314_bc) s314_cd))
(assert (and s315_ab s315_ad (not s315_bc) (not s315_bd) s315_cd))
(assert (and s316_ab s316_ad (not s316_bd)))
(assert (and s317_ab s317_ad (not s317_bc) (not s317_bd)))
(assert (and s318_ad s318_cd))
(assert s319_ad)
(assert (and (not s320_ac) s320_ad s320_cd))
(assert (and (not s321_ac) s321_cd))
(assert (not s323_ac))
(assert (and s324_ab (not s324_ac) s324_ad (not s324_bc) s324_cd))
(assert (and s325_ab (not s325_ac) s325_ad (not s325_bc) (not s325_bd) s325_cd))
(assert (and (not s326_ac) s326_ad (not s326_bc) s326_cd))
(assert (and (not s327_ac) (not s327_bc) s327_cd))
(assert (and s328_ab (not s328_ac) (not s328_bc) (not s328_bd) s328_cd))
(assert (and (not s329_ac) (not s329_bc) (not s329_bd) s329_cd))
(assert (and s330_ab (not s330_bd)))
(assert (and s331_ab (not s331_bc) (not s331_bd)))
(assert (not s332_bd))
(assert (and (not s333_ac) (not s333_bd)))
(assert (and s334_ab (not s334_ac) (not s334_bc) (not s334_bd)))
(assert (and (not s335_ac) (not s335_bc) (not s335_bd)))
(assert (and s336_ad s336_bd s336_cd))
(assert (and s337_ad s337_bd))
(assert (and s338_ad (not s338_bc) s338_bd s338_cd))
(assert (and s339_ad (not s339_bc) s339_cd))
(assert s340_ad)
(assert (and s341_ad (not s341_bc)))
(assert (and (not s342_ab) s342_ad s342_bd s342_cd))
(assert (and (not s343_ab) s343_ad s343_bd))
(assert (and (not s344_ab) (not s344_ac) s344_ad s344_bd s344_cd))
(assert (and (not s345_ab) (not s345_ac) s345_bd s345_cd))
(assert (and (not s346_ab) s346_bd))
(assert (and (not s347_ab) (not s347_ac) s347_bd))
(assert (and (not s348_ac) s348_ad (not s348_bc) s348_bd s348_cd))
(assert (and (not s349_ac) s349_ad (not s349_bc) s349_cd))
(assert (and (not s350_ab) (not s350_ac) s350_ad (not s350_bc) s350_bd s350_cd))
(assert (and (not s351_ab) (not s351_ac) (not s351_bc) s351_bd s351_cd))
(assert (and (not s352_ac) (not s352_bc) s352_cd))
(assert (and (not s353_ab) (not s353_ac) (not s353_bc) s353_cd))
(assert (not s355_bc))
(assert (not s356_ab))
(assert (and (not s357_ab) (not s357_ac)))
(assert (and (not s358_ac) (not s358_bc)))
(assert (and (not s359_ab) (not s359_ac) (not s359_bc)))
(assert (and s360_bd s360_cd))
(assert s361_bd)
(assert (and (not s362_bc) s362_bd s362_cd))
(assert (and (not s363_bc) s363_cd))
(assert (not s365_bc))
(assert (and (not s366_ab) s366_bd s366_cd))
(assert (and (not s367_ab) s367_bd))
(assert (and (not s368_ab) (not s368_ac) s368_bd s368_cd))
(assert (and (not s369_ab) (not s369_ac) (not s369_ad) s369_bd s369_cd))
(assert (and (not s370_ab) (not s370_ad) s370_bd))
(assert (and (not s371_ab) (not s371_ac) (not s371_ad) s371_bd))
(assert (and (not s372_ac) (not s372_bc) s372_bd s372_cd))
(assert (and (not s373_ac) (not s373_bc) s373_cd))
(assert (and (not s374_ab) (not s374_ac) (not s374_bc) s374_bd s374_cd))
(assert (and (not s375_ab) (not s375_ac) (not s375_ad) (not s375_bc) s375_bd s375_cd))
(assert (and (not s376_ac) (not s376_ad) (not s376_bc) s376_cd))
(assert (and (not s377_ab) (not s377_ac) (not s377_ad) (not s377_bc) s377_cd))
(assert (not s378_ad))
(assert (and (not s379_ad) (not s379_bc)))
(assert (and (not s380_ab) (not s380_ad)))
(assert (and (not s381_ab) (not s381_ac) (not s381_ad)))
(assert (and (not s382_ac) (not s382_ad) (not s382_bc)))
(assert (and (not s383_ab) (not s383_ac) (not s383_ad) (not s383_bc)))
(assert (and s384_ab s384_cd))
(assert s385_ab)
(assert (and s386_ab (not s386_bc) s386_cd))
(assert (and s387_ab (not s387_bc) (not s387_bd) s387_cd))
(assert (and s388_ab (not s388_bd)))
(assert (and s389_ab (not s389_bc) (not s389_bd)))
(assert s390_cd)
(assert (and (not s392_ac) s392_cd))
(assert (and (not s393_ac) (not s393_ad) s393_cd))
(assert (not s394_ad))
(assert (and (not s395_ac) (not s395_ad)))
(assert (and s396_ab (not s396_ac) (not s396_bc) s396_cd))
(assert (and s397_ab (not s397_ac) (not s397_bc) (not s397_bd) s397_cd))
(assert (and (not s398_ac) (not s398_bc) s398_cd))
(assert (and (not s399_ac) (not s399_ad) (not s399_bc) s399_cd))
(assert (and s400_ab (not s400_ac) (not s400_ad) (not s400_bc) (not s400_bd) s400_cd))
(assert (and (not s401_ac) (not s401_ad) (not s401_bc) (not s401_bd) s401_cd))
(assert (and s402_ab (not s402_ad) (not s402_bd)))
(assert (and s403_ab (not s403_ad) (not s403_bc) (not s403_bd)))
(assert (and (not s404_ad) (not s404_bd)))
(assert (and (not s405_ac) (not s405_ad) (not s405_bd)))
(assert (and s406_ab (not s406_ac) (not s406_ad) (not s406_bc) (not s406_bd)))
(assert (and (not s407_ac) (not s407_ad) (not s407_bc) (not s407_bd)))
(assert s408_cd)
(assert (and (not s410_bc) s410_cd))
(assert (and (not s411_bc) (not s411_bd) s411_cd))
(assert (not s412_bd))
(assert (and (not s413_bc) (not s413_bd)))
(assert (and (not s414_ab) s414_cd))
(assert (not s415_ab))
(assert (and (not s416_ab) (not s416_ac) s416_cd))
(assert (and (not s417_ab) (not s417_ac) (not s417_ad) s417_cd))
(assert (and (not s418_ab) (not s418_ad)))
(assert (and (not s419_ab) (not s419_ac) (not s419_ad)))
(assert (and (not s420_ac) (not s420_bc) s420_cd))
(assert (and (not s421_ac) (not s421_bc) (not s421_bd) s421_cd))
(assert (and (not s422_ab) (not s422_ac) (not s422_bc) s422_cd))
(assert (and (not s423_ab) (not s423_ac) (not s423_ad) (not s423_bc) s423_cd))
(assert (and (not s424_ac) (not s424_ad) (not s424_bc) (not s424_bd) s424_cd))
(assert (and (not s425_ab) (not s425_ac) (not s425_ad) (not s425_bc) (not s425_bd) s425_cd))
(assert (and (not s426_ad) (not s426_bd)))
(assert (and (not s427_ad) (not s427_bc) (not s427_bd)))
(assert (and (not s428_ab) (not s428_ad) (not s428_bd)))
(assert (and (not s429_ab) (not s429_ac) (not s429_ad) (not s429_bd)))
(assert (and (not s430_ac) (not s430_ad) (not s430_bc) (not s430_bd)))
(assert (and (not s431_ab) (not s431_ac) (not s431_ad) (not s431_bc) (not s431_bd)))
(assert (and s432_ab s432_ac s432_bc))
(assert (and s433_ab s433_ac s433_bc (not s433_cd)))
(assert (and s434_ab s434_ac))
(assert (and s435_ab s435_ac (not s435_bd)))
(assert (and s436_ab s436_ac s436_bc (not s436_bd) (not s436_cd)))
(assert (and s437_ab s437_ac (not s437_bd) (not s437_cd)))
(assert (and s438_ac s438_bc))
(assert (and s439_ac s439_bc (not s439_cd)))
(assert s440_bc)
(assert (and (not s441_ad) s441_bc))
(assert (and s442_ac (not s442_ad) s442_bc (not s442_cd)))
(assert (and (not s443_ad) s443_bc (not s443_cd)))
(assert s444_ab)
(assert (and s445_ab (not s445_bd)))
(assert (not s447_ad))
(assert (and s448_ab (not s448_ad) (not s448_bd)))
(assert (and (not s449_ad) (not s449_bd)))
(assert (and s450_ab s450_ac (not s450_ad) s450_bc (not s450_bd) (not s450_cd)))
(assert (and s451_ab s451_ac (not s451_ad) (not s451_bd) (not s451_cd)))
(assert (and s452_ac (not s452_ad) s452_bc (not s452_bd) (not s452_cd)))
(assert (and (not s453_ad) s453_bc (not s453_bd) (not s453_cd)))
(assert (and s454_ab (not s454_ad) (not s454_bd) (not s454_cd)))
(assert (and (not s455_ad) (not s455_bd) (not s455_cd)))
(assert (and s456_ab s456_ac))
(assert (and s457_ab s457_ac (not s457_cd)))
(assert (and s458_ab s458_ac (not s458_bc)))
(assert (and s459_ab s459_ac (not s459_bc) (not s459_bd)))
(assert (and s460_ab s460_ac (not s460_bd) (not s460_cd)))
(assert (and s461_ab s461_ac (not s461_bc) (not s461_bd) (not s461_cd)))
(assert s462_ac)
(assert (and s463_ac (not s463_cd)))
(assert (not s465_ad))
(assert (and s466_ac (not s466_ad) (not s466_cd)))
(assert (and (not s467_ad) (not s467_cd)))
(assert (and s468_ab (not s468_bc)))
(assert (and s469_ab (not s469_bc) (not s469_bd)))
(assert (not s470_bc))
(assert (and (not s471_ad) (not s471_bc)))
(assert (and s472_ab (not s472_ad) (not s472_bc) (not s472_bd)))
(assert (and (not s473_ad) (not s473_bc) (not s473_bd)))
(assert (and s474_ab s474_ac (not s474_ad) (not s474_bd) (not s474_cd)))
(assert (and s475_ab s475_ac (not s475_ad) (not s475_bc) (not s475_bd) (not s475_cd)))
(assert (and s476_ac (not s476_ad) (not s476_bd) (not s476_cd)))
(assert (and (not s477_ad) (not s477_bd) (not s477_cd)))
(assert (and s478_ab (not s478_ad) (not s478_bc) (not s478_bd) (not s478_cd)))
(assert (and (not s479_ad) (not s479_bc) (not s479_bd) (not s479_cd)))
(assert (and s480_ac s480_bc))
(assert (and s481_ac s481_bc (not s481_cd)))
(assert s482_ac)
(assert (and s483_ac (not s483_bd)))
(assert (and s484_ac s484_bc (not s484_bd) (not s484_cd)))
(assert (and s485_ac (not s485_bd) (not s485_cd)))
(assert (and (not s486_ab) s486_ac s486_bc))
(assert (and (not s487_ab) s487_ac s487_bc (not s487_cd)))
(assert (and (not s488_ab) s488_bc))
(assert (and (not s489_ab) (not s489_ad) s489_bc))
(assert (and (not s490_ab) s490_ac (not s490_ad) s490_bc (not s490_cd)))
(assert (and (not s491_ab) (not s491_ad) s491_bc (not s491_cd)))
(assert (not s493_bd))
(assert (not s494_ab))
(assert (and (not s495_ab) (not s495_ad)))
(assert (and (not s496_ad) (not s496_bd)))
(assert (and (not s497_ab) (not s497_ad) (not s497_bd)))
(assert (and s498_ac (not s498_ad) s498_bc (not s498_bd) (not s498_cd)))
(assert (and s499_ac (not s499_ad) (not s499_bd) (not s499_cd)))
(assert (and (not s500_ab) s500_ac (not s500_ad) s500_bc (not s500_bd) (not s500_cd)))
(assert (and (not s501_ab) (not s501_ad) s501_bc (not s501_bd) (not s501_cd)))
(assert (and (not s502_ad) (not s502_bd) (not s502_cd)))
(assert (and (not s503_ab) (not s503_ad) (not s503_bd) (not s503_cd)))
(assert s504_bc)
(assert (and s505_bc (not s505_cd)))
(assert (not s507_bd))
(assert (and s508_bc (not s508_bd) (not s508_cd)))
(assert (and (not s509_bd) (not s509_cd)))
(assert (and (not s510_ab) s510_bc))
(assert (and (not s511_ab) s511_bc (not s511_cd)))
(assert (and (not s512_ab) (not s512_ac) s512_bc))
(assert (and (not s513_ab) (not s513_ac) (not s513_ad) s513_bc))
(assert (and (not s514_ab) (not s514_ad) s514_bc (not s514_cd)))
(assert (and (not s515_ab) (not s515_ac) (not s515_ad) s515_bc (not s515_cd)))
(assert (not s516_ac))
(assert (and (not s517_ac) (not s517_bd)))
(assert (and (not s518_ab) (not s518_ac)))
(assert (and (not s519_ab) (not s519_ac) (not s519_ad)))
(assert (and (not s520_ac) (not s520_ad) (not s520_bd)))
(assert (and (not s521_ab) (not s521_ac) (not s521_ad) (not s521_bd)))
(assert (and (not s522_ad) s522_bc (not s522_bd) (not s522_cd)))
(assert (and (not s523_ad) (not s523_bd) (not s523_cd)))
(assert (and (not s524_ab) (not s524_ad) s524_bc (not s524_bd) (not s524_cd)))
(assert (and (not s525_ab) (not s525_ac) (not s525_ad) s525_bc (not s525_bd) (not s525_cd)))
(assert (and (not s526_ac) (not s526_ad) (not s526_bd) (not s526_cd)))
(assert (and (not s527_ab) (not s527_ac) (not s527_ad) (not s527_bd) (not s527_cd)))
(assert s528_ab)
(assert (and s529_ab (not s529_cd)))
(assert (and s530_ab (not s530_bc)))
(assert (and s531_ab (not s531_bc) (not s531_bd)))
(assert (and s532_ab (not s532_bd) (not s532_cd)))
(assert (and s533_ab (not s533_bc) (not s533_bd) (not s533_cd)))
(assert (not s535_cd))
(assert (not s536_ac))
(assert (and (not s537_ac) (not s537_ad)))
(assert (and (not s538_ad) (not s538_cd)))
(assert (and (not s539_ac) (not s539_ad) (not s539_cd)))
(assert (and s540_ab (not s540_ac) (not s540_bc)))
(assert (and s541_ab (not s541_ac) (not s541_bc) (not s541_bd)))
(assert (and (not s542_ac) (not s542_bc)))
(assert (and (not s543_ac) (not s543_ad) (not s543_bc)))
(assert (and s544_ab (not s544_ac) (not s544_ad) (not s544_bc) (not s544_bd)))
(assert (and (not s545_ac) (not s545_ad) (not s545_bc) (not s545_bd)))
(assert (and s546_ab (not s546_ad) (not s546_bd) (not s546_cd)))
(assert (and s547_ab (not s547_ad) (not s547_bc) (not s547_bd) (not s547_cd)))
(assert (and (not s548_ad) (not s548_bd) (not s548_cd)))
(assert (and (not s549_ac) (not s549_ad) (not s549_bd) (not s549_cd)))
(assert (and s550_ab (not s550_ac) (not s550_ad) (not s550_bc) (not s550_bd) (not s550_cd)))
(assert (and (not s551_ac) (not s551_ad) (not s551_bc) (not s551_bd) (not s551_cd)))
(assert (not s553_cd))
(assert (not s554_bc))
(assert (and (not s555_bc) (not s555_bd)))
(assert (and (not s556_bd) (not s556_cd)))
(assert (and (not s557_bc) (not s557_bd) (not s557_cd)))
(assert (not s558_ab))
(assert (and (not s559_ab) (not s559_cd)))
(assert (and (not s560_ab) (not s560_ac)))
(assert (and (not s561_ab) (not s561_ac) (not s561_ad)))
(assert (and (not s562_ab) (not s562_ad) (not s562_cd)))
(assert (and (not s563_ab) (not s563_ac) (not s563_ad) (not s563_cd)))
(assert (and (not s564_ac) (not s564_bc)))
(assert (and (not s565_ac) (not s565_bc) (not s565_bd)))
(assert (and (not s566_ab) (not s566_ac) (not s566_bc)))
(assert (and (not s567_ab) (not s567_ac) (not s567_ad) (not s567_bc)))
(assert (and (not s568_ac) (not s568_ad) (not s568_bc) (not s568_bd)))
(assert (and (not s569_ab) (not s569_ac) (not s569_ad) (not s569_bc) (not s569_bd)))
(assert (and (not s570_ad) (not s570_bd) (not s570_cd)))
(assert (and (not s571_ad) (not s571_bc) (not s571_bd) (not s571_cd)))
(assert (and (not s572_ab) (not s572_ad) (not s572_bd) (not s572_cd)))
(assert (and (not s573_ab) (not s573_ac) (not s573_ad) (not s573_bd) (not s573_cd)))
(assert (and (not s574_ac) (not s574_ad) (not s574_bc) (not s574_bd) (not s574_cd)))
(assert (and (not s575_ab) (not s575_ac) (not s575_ad) (not s575_bc) (not s575_bd) (not s575_cd)))
; independence of irrelevant alternatives: the social order of x and y depends only on
; how each voter orders x and y
(assert (=
  s0_ab s1_ab s2_ab s3_ab s4_ab s5_ab s12_ab s13_ab s16_ab s18_ab s19_ab s22_ab
  s24_ab s25_ab s26_ab s27_ab s28_ab s29_ab s36_ab s37_ab s40_ab s42_ab s43_ab s46_ab
  s48_ab s49_ab s50_ab s51_ab s52_ab s53_ab s60_ab s61_ab s64_ab s66_ab s67_ab s70_ab
  s72_ab s73_ab s74_ab s75_ab s76_ab s77_ab s84_ab s85_ab s88_ab s90_ab s91_ab s94_ab
  s96_ab s97_ab s98_ab s99_ab s100_ab s101_ab s108_ab s109_ab s112_ab s114_ab s115_ab s118_ab
  s120_ab s121_ab s122_ab s123_ab s124_ab s125_ab s132_ab s133_ab s136_ab s138_ab s139_ab s142_ab
  s288_ab s289_ab s290_ab s291_ab s292_ab s293_ab s300_ab s301_ab s304_ab s306_ab s307_ab s310_ab
  s312_ab s313_ab s314_ab s315_ab s316_ab s317_ab s324_ab s325_ab s328_ab s330_ab s331_ab s334_ab
  s384_ab s385_ab s386_ab s387_ab s388_ab s389_ab s396_ab s397_ab s400_ab s402_ab s403_ab s406_ab
  s432_ab s433_ab s434_ab s435_ab s436_ab s437_ab s444_ab s445_ab s448_ab s450_ab s451_ab s454_ab
  s456_ab s457_ab s458_ab s459_ab s460_ab s461_ab s468_ab s469_ab s472_ab s474_ab s475_ab s478_ab
  s528_ab s529_ab s530_ab s531_ab s532_ab s533_ab s540_ab s541_ab s544_ab s546_ab s547_ab s550_ab))
(assert (=
  s6_ab s7_ab s8_ab s9_ab s10_ab s11_ab s14_ab s15_ab s17_ab s20_ab s21_ab s23_ab
  s30_ab s31_ab s32_ab s33_ab s34_ab s35_ab s38_ab s39_ab s41_ab s44_ab s45_ab s47_ab
  s54_ab s55_ab s56_ab s57_ab s58_ab s59_ab s62_ab s63_ab s65_ab s68_ab s69_ab s71_ab
  s78_ab s79_ab s80_ab s81_ab s82_ab s83_ab s86_ab s87_ab s89_ab s92_ab s93_ab s95_ab
  s102_ab s103_ab s104_ab s105_ab s106_ab s107_ab s110_ab s111_ab s113_ab s116_ab s117_ab s119_ab
  s126_ab s127_ab s128_ab s129_ab s130_ab s131_ab s134_ab s135_ab s137_ab s140_ab s141_ab s143_ab
  s294_ab s295_ab s296_ab s297_ab s298_ab s299_ab s302_ab s303_ab s305_ab s308_ab s309_ab s311_ab
  s318_ab s319_ab s320_ab s321_ab s322_ab s323_ab s326_ab s327_ab s329_ab s332_ab s333_ab s335_ab
  s390_ab s391_ab s392_ab s393_ab s394_ab s395_ab s398_ab s399_ab s401_ab s404_ab s405_ab s407_ab
  s438_ab s439_ab s440_ab s441_ab s442_ab s443_ab s446_ab s447_ab s449_ab s452_ab s453_ab s455_ab
  s462_ab s463_ab s464_ab s465_ab s466_ab s467_ab s470_ab s471_ab s473_ab s476_ab s477_ab s479_ab
  s534_ab s535_ab s536_ab s537_ab s538_ab s539_ab s542_ab s543_ab s545_ab s548_ab s549_ab s551_ab))
(assert (=
  s144_ab s145_ab s146_ab s147_ab s148_ab s149_ab s156_ab s157_ab s160_ab s162_ab s163_ab s166_ab
  s168_ab s169_ab s170_ab s171_ab s172_ab s173_ab s180_ab s181_ab s184_ab s186_ab s187_ab s190_ab
  s192_ab s193_ab s194_ab s195_ab s196_ab s197_ab s204_ab s205_ab s208_ab s210_ab s211_ab s214_ab
  s216_ab s217_ab s218_ab s219_ab s220_ab s221_ab s228_ab s229_ab s232_ab s234_ab s235_ab s238_ab
  s240_ab s241_ab s242_ab s243_ab s244_ab s245_ab s252_ab s253_ab s256_ab s258_ab s259_ab s262_ab
  s264_ab s265_ab s266_ab s267_ab s268_ab s269_ab s276_ab s277_ab s280_ab s282_ab s283_ab s286_ab
  s336_ab s337_ab s338_ab s339_ab s340_ab s341_ab s348_ab s349_ab s352_ab s354_ab s355_ab s358_ab
  s360_ab s361_ab s362_ab s363_ab s364_ab s365_ab s372_ab s373_ab s376_ab s378_ab s379_ab s382_ab
  s408_ab s409_ab s410_ab s411_ab s412_ab s413_ab s420_ab s421_ab s424_ab s426_ab s427_ab s430_ab
  s480_ab s481_ab s482_ab s483_ab s484_ab s485_ab s492_ab s493_ab s496_ab s498_ab s499_ab s502_ab
  s504_ab s505_ab s506_ab s507_ab s508_ab s509_ab s516_ab s517_ab s520_ab s522_ab s523_ab s526_ab
  s552_ab s553_ab s554_ab s555_ab s556_ab s557_ab s564_ab s565_ab s568_ab s570_ab s571_ab s574_ab))
(assert (=
  s150_ab s151_ab s152_ab s153_ab s154_ab s155_ab s158_ab s159_ab s161_ab s164_ab s165_ab s167_ab
  s174_ab s175_ab s176_ab s177_ab s178_ab s179_ab s182_ab s183_ab s185_ab s188_ab s189_ab s191_ab
  s198_ab s199_ab s200_ab s201_ab s202_ab s203_ab s206_ab s207_ab s209_ab s212_ab s213_ab s215_ab
  s222_ab s223_ab s224_ab s225_ab s226_ab s227_ab s230_ab s231_ab s233_ab s236_ab s237_ab s239_ab
  s246_ab s247_ab s248_ab s249_ab s250_ab s251_ab s254_ab s255_ab s257_ab s260_ab s261_ab s263_ab
  s270_ab s271_ab s272_ab s273_ab s274_ab s275_ab s278_ab s279_ab s281_ab s284_ab s285_ab s287_ab
  s342_ab s343_ab s344_ab s345_ab s346_ab s347_ab s350_ab s351_ab s353_ab s356_ab s357_ab s359_ab
  s366_ab s367_ab s368_ab s369_ab s370_ab s371_ab s374_ab s375_ab s377_ab s380_ab s381_ab s383_ab
  s414_ab s415_ab s416_ab s417_ab s418_ab s419_ab s422_ab s423_ab s425_ab s428_ab s429_ab s431_ab
  s486_ab s487_ab s488_ab s489_ab s490_ab s491_ab s494_ab s495_ab s497_ab s500_ab s501_ab s503_ab
  s510_ab s511_ab s512_ab s513_ab s514_ab s515_ab s518_ab s519_ab s521_ab s524_ab s525_ab s527_ab
  s558_ab s559_ab s560_ab s561_ab s562_ab s563_ab s566_ab s567_ab s569_ab s572_ab s573_ab s575_ab))
(assert (=
  s0_ac s1_ac s2_ac s3_ac s4_ac s5_ac s6_ac s7_ac s10_ac s18_ac s19_ac s20_ac
  s24_ac s25_ac s26_ac s27_ac s28_ac s29_ac s30_ac s31_ac s34_ac s42_ac s43_ac s44_ac
  s48_ac s49_ac s50_ac s51_ac s52_ac s53_ac s54_ac s55_ac s58_ac s66_ac s67_ac s68_ac
  s72_ac s73_ac s74_ac s75_ac s76_ac s77_ac s78_ac s79_ac s82_ac s90_ac s91_ac s92_ac
  s96_ac s97_ac s98_ac s99_ac s100_ac s101_ac s102_ac s103_ac s106_ac s114_ac s115_ac s116_ac
  s120_ac s121_ac s122_ac s123_ac s124_ac s125_ac s126_ac s127_ac s130_ac s138_ac s139_ac s140_ac
  s144_ac s145_ac s146_ac s147_ac s148_ac s149_ac s150_ac s151_ac s154_ac s162_ac s163_ac s164_ac
  s168_ac s169_ac s170_ac s171_ac s172_ac s173_ac s174_ac s175_ac s178_ac s186_ac s187_ac s188_ac
  s240_ac s241_ac s242_ac s243_ac s244_ac s245_ac s246_ac s247_ac s250_ac s258_ac s259_ac s260_ac
  s432_ac s433_ac s434_ac s435_ac s436_ac s437_ac s438_ac s439_ac s442_ac s450_ac s451_ac s452_ac
  s456_ac s457_ac s458_ac s459_ac s460_ac s461_ac s462_ac s463_ac s466_ac s474_ac s475_ac s476_ac
  s480_ac s481_ac s482_ac s483_ac s484_ac s485_ac s486_ac s487_ac s490_ac s498_ac s499_ac s500_ac))
(assert (=
  s8_ac s9_ac s11_ac s12_ac s13_ac s14_ac s15_ac s16_ac s17_ac s21_ac s22_ac s23_ac
  s32_ac s33_ac s35_ac s36_ac s37_ac s38_ac s39_ac s40_ac s41_ac s45_ac s46_ac s47_ac
  s56_ac s57_ac s59_ac s60_ac s61_ac s62_ac s63_ac s64_ac s65_ac s69_ac s70_ac s71_ac
  s80_ac s81_ac s83_ac s84_ac s85_ac s86_ac s87_ac s88_ac s89_ac s93_ac s94_ac s95_ac
  s104_ac s105_ac s107_ac s108_ac s109_ac s110_ac s111_ac s112_ac s113_ac s117_ac s118_ac s119_ac
  s128_ac s129_ac s131_ac s132_ac s133_ac s134_ac s135_ac s136_ac s137_ac s141_ac s142_ac s143_ac
  s152_ac s153_ac s155_ac s156_ac s157_ac s158_ac s159_ac s160_ac s161_ac s165_ac s166_ac s167_ac
  s176_ac s177_ac s179_ac s180_ac s181_ac s182_ac s183_ac s184_ac s185_ac s189_ac s190_ac s191_ac
  s248_ac s249_ac s251_ac s252_ac s253_ac s254_ac s255_ac s256_ac s257_ac s261_ac s262_ac s263_ac
  s440_ac s441_ac s443_ac s444_ac s445_ac s446_ac s447_ac s448_ac s449_ac s453_ac s454_ac s455_ac
  s464_ac s465_ac s467_ac s468_ac s469_ac s470_ac s471_ac s472_ac s473_ac s477_ac s478_ac s479_ac
  s488_ac s489_ac s491_ac s492_ac s493_ac s494_ac s495_ac s496_ac s497_ac s501_ac s502_ac s503_ac))
(assert (=
  s192_ac s193_ac s194_ac s195_ac s196_ac s197_ac s198_ac s199_ac s202_ac s210_ac s211_ac s212_ac
  s216_ac s217_ac s218_ac s219_ac s220_ac s221_ac s222_ac s223_ac s226_ac s234_ac s235_ac s236_ac
  s264_ac s265_ac s266_ac s267_ac s268_ac s269_ac s270_ac s271_ac s274_ac s282_ac s283_ac s284_ac
  s288_ac s289_ac s290_ac s291_ac s292_ac s293_ac s294_ac s295_ac s298_ac s306_ac s307_ac s308_ac
  s312_ac s313_ac s314_ac s315_ac s316_ac s317_ac s318_ac s319_ac s322_ac s330_ac s331_ac s332_ac
  s336_ac s337_ac s338_ac s339_ac s340_ac s341_ac s342_ac s343_ac s346_ac s354_ac s355_ac s356_ac
  s360_ac s361_ac s362_ac s363_ac s364_ac s365_ac s366_ac s367_ac s370_ac s378_ac s379_ac s380_ac
  s384_ac s385_ac s386_ac s387_ac s388_ac s389_ac s390_ac s391_ac s394_ac s402_ac s403_ac s404_ac
  s408_ac s409_ac s410_ac s411_ac s412_ac s413_ac s414_ac s415_ac s418_ac s426_ac s427_ac s428_ac
  s504_ac s505_ac s506_ac s507_ac s508_ac s509_ac s510_ac s511_ac s514_ac s522_ac s523_ac s524_ac
  s528_ac s529_ac s530_ac s531_ac s532_ac s533_ac s534_ac s535_ac s538_ac s546_ac s547_ac s548_ac
  s552_ac s553_ac s554_ac s555_ac s556_ac s557_ac s558_ac s559_ac s562_ac s570_ac s571_ac s572_ac))
(assert (=
  s200_ac s201_ac s203_ac s204_ac s205_ac s206_ac s207_ac s208_ac s209_ac s213_ac s214_ac s215_ac
  s224_ac s225_ac s227_ac s228_ac s229_ac s230_ac s231_ac s232_ac s233_ac s237_ac s238_ac s239_ac
  s272_ac s273_ac s275_ac s276_ac s277_ac s278_ac s279_ac s280_ac s281_ac s285_ac s286_ac s287_ac
  s296_ac s297_ac s299_ac s300_ac s301_ac s302_ac s303_ac s304_ac s305_ac s309_ac s310_ac s311_ac
  s320_ac s321_ac s323_ac s324_ac s325_ac s326_ac s327_ac s328_ac s329_ac s333_ac s334_ac s335_ac
  s344_ac s345_ac s347_ac s348_ac s349_ac s350_ac s351_ac s352_ac s353_ac s357_ac s358_ac s359_ac
  s368_ac s369_ac s371_ac s372_ac s373_ac s374_ac s375_ac s376_ac s377_ac s381_ac s382_ac s383_ac
  s392_ac s393_ac s395_ac s396_ac s397_ac s398_ac s399_ac s400_ac s401_ac s405_ac s406_ac s407_ac
  s416_ac s417_ac s419_ac s420_ac s421_ac s422_ac s423_ac s424_ac s425_ac s429_ac s430_ac s431_ac
  s512_ac s513_ac s515_ac s516_ac s517_ac s518_ac s519_ac s520_ac s521_ac s525_ac s526_ac s527_ac
  s536_ac s537_ac s539_ac s540_ac s541_ac s542_ac s543_ac s544_ac s545_ac s549_ac s550_ac s551_ac
  s560_ac s561_ac s563_ac s564_ac s565_ac s566_ac s567_ac s568_ac s569_ac s573_ac s574_ac s575_ac))
(assert (=
  s0_ad s1_ad s2_ad s3_ad s4_ad s5_ad s6_ad s7_ad s8_ad s12_ad s13_ad s14_ad
  s24_ad s25_ad s26_ad s27_ad s28_ad s29_ad s30_ad s31_ad s32_ad s36_ad s37_ad s38_ad
  s48_ad s49_ad s50_ad s51_ad s52_ad s53_ad s54_ad s55_ad s56_ad s60_ad s61_ad s62_ad
  s72_ad s73_ad s74_ad s75_ad s76_ad s77_ad s78_ad s79_ad s80_ad s84_ad s85_ad s86_ad
  s96_ad s97_ad s98_ad s99_ad s100_ad s101_ad s102_ad s103_ad s104_ad s108_ad s109_ad s110_ad
  s120_ad s121_ad s122_ad s123_ad s124_ad s125_ad s126_ad s127_ad s128_ad s132_ad s133_ad s134_ad
  s144_ad s145_ad s146_ad s147_ad s148_ad s149_ad s150_ad s151_ad s152_ad s156_ad s157_ad s158_ad
  s168_ad s169_ad s170_ad s171_ad s172_ad s173_ad s174_ad s175_ad s176_ad s180_ad s181_ad s182_ad
  s192_ad s193_ad s194_ad s195_ad s196_ad s197_ad s198_ad s199_ad s200_ad s204_ad s205_ad s206_ad
  s288_ad s289_ad s290_ad s291_ad s292_ad s293_ad s294_ad s295_ad s296_ad s300_ad s301_ad s302_ad
  s312_ad s313_ad s314_ad s315_ad s316_ad s317_ad s318_ad s319_ad s320_ad s324_ad s325_ad s326_ad
  s336_ad s337_ad s338_ad s339_ad s340_ad s341_ad s342_ad s343_ad s344_ad s348_ad s349_ad s350_ad))
(assert (=
  s9_ad s10_ad s11_ad s15_ad s16_ad s17_ad s18_ad s19_ad s20_ad s21_ad s22_ad s23_ad
  s33_ad s34_ad s35_ad s39_ad s40_ad s41_ad s42_ad s43_ad s44_ad s45_ad s46_ad s47_ad
  s57_ad s58_ad s59_ad s63_ad s64_ad s65_ad s66_ad s67_ad s68_ad s69_ad s70_ad s71_ad
  s81_ad s82_ad s83_ad s87_ad s88_ad s89_ad s90_ad s91_ad s92_ad s93_ad s94_ad s95_ad
  s105_ad s106_ad s107_ad s111_ad s112_ad s113_ad s114_ad s115_ad s116_ad s117_ad s118_ad s119_ad
  s129_ad s130_ad s131_ad s135_ad s136_ad s137_ad s138_ad s139_ad s140_ad s141_ad s142_ad s143_ad
  s153_ad s154_ad s155_ad s159_ad s160_ad s161_ad s162_ad s163_ad s164_ad s165_ad s166_ad s167_ad
  s177_ad s178_ad s179_ad s183_ad s184_ad s185_ad s186_ad s187_ad s188_ad s189_ad s190_ad s191_ad
  s201_ad s202_ad s203_ad s207_ad s208_ad s209_ad s210_ad s211_ad s212_ad s213_ad s214_ad s215_ad
  s297_ad s298_ad s299_ad s303_ad s304_ad s305_ad s306_ad s307_ad s308_ad s309_ad s310_ad s311_ad
  s321_ad s322_ad s323_ad s327_ad s328_ad s329_ad s330_ad s331_ad s332_ad s333_ad s334_ad s335_ad
  s345_ad s346_ad s347_ad s351_ad s352_ad s353_ad s354_ad s355_ad s356_ad s357_ad s358_ad s359_ad))
(assert (=
  s216_ad s217_ad s218_ad s219_ad s220_ad s221_ad s222_ad s223_ad s224_ad s228_ad s229_ad s230_ad
  s240_ad s241_ad s242_ad s243_ad s244_ad s245_ad s246_ad s247_ad s248_ad s252_ad s253_ad s254_ad
  s264_ad s265_ad s266_ad s267_ad s268_ad s269_ad s270_ad s271_ad s272_ad s276_ad s277_ad s278_ad
  s360_ad s361_ad s362_ad s363_ad s364_ad s365_ad s366_ad s367_ad s368_ad s372_ad s373_ad s374_ad
  s384_ad s385_ad s386_ad s387_ad s388_ad s389_ad s390_ad s391_ad s392_ad s396_ad s397_ad s398_ad
  s408_ad s409_ad s410_ad s411_ad s412_ad s413_ad s414_ad s415_ad s416_ad s420_ad s421_ad s422_ad
  s432_ad s433_ad s434_ad s435_ad s436_ad s437_ad s438_ad s439_ad s440_ad s444_ad s445_ad s446_ad
  s456_ad s457_ad s458_ad s459_ad s460_ad s461_ad s462_ad s463_ad s464_ad s468_ad s469_ad s470_ad
  s480_ad s481_ad s482_ad s483_ad s484_ad s485_ad s486_ad s487_ad s488_ad s492_ad s493_ad s494_ad
  s504_ad s505_ad s506_ad s507_ad s508_ad s509_ad s510_ad s511_ad s512_ad s516_ad s517_ad s518_ad
  s528_ad s529_ad s530_ad s531_ad s532_ad s533_ad s534_ad s535_ad s536_ad s540_ad s541_ad s542_ad
  s552_ad s553_ad s554_ad s555_ad s556_ad s557_ad s558_ad s559_ad s560_ad s564_ad s565_ad s566_ad))
(assert (=
  s225_ad s226_ad s227_ad s231_ad s232_ad s233_ad s234_ad s235_ad s236_ad s237_ad s238_ad s239_ad
  s249_ad s250_ad s251_ad s255_ad s256_ad s257_ad s258_ad s259_ad s260_ad s261_ad s262_ad s263_ad
  s273_ad s274_ad s275_ad s279_ad s280_ad s281_ad s282_ad s283_ad s284_ad s285_ad s286_ad s287_ad
  s369_ad s370_ad s371_ad s375_ad s376_ad s377_ad s378_ad s379_ad s380_ad s381_ad s382_ad s383_ad
  s393_ad s394_ad s395_ad s399_ad s400_ad s401_ad s402_ad s403_ad s404_ad s405_ad s406_ad s407_ad
  s417_ad s418_ad s419_ad s423_ad s424_ad s425_ad s426_ad s427_ad s428_ad s429_ad s430_ad s431_ad
  s441_ad s442_ad s443_ad s447_ad s448_ad s449_ad s450_ad s451_ad s452_ad s453_ad s454_ad s455_ad
  s465_ad s466_ad s467_ad s471_ad s472_ad s473_ad s474_ad s475_ad s476_ad s477_ad s478_ad s479_ad
  s489_ad s490_ad s491_ad s495_ad s496_ad s497_ad s498_ad s499_ad s500_ad s501_ad s502_ad s503_ad
  s513_ad s514_ad s515_ad s519_ad s520_ad s521_ad s522_ad s523_ad s524_ad s525_ad s526_ad s527_ad
  s537_ad s538_ad s539_ad s543_ad s544_ad s545_ad s546_ad s547_ad s548_ad s549_ad s550_ad s551_ad
  s561_ad s562_ad s563_ad s567_ad s568_ad s569_ad s570_ad s571_ad s572_ad s573_ad s574_ad s575_ad))
(assert (=
  s0_bc s1_bc s4_bc s6_bc s7_bc s8_bc s9_bc s10_bc s11_bc s18_bc s20_bc s21_bc
  s24_bc s25_bc s28_bc s30_bc s31_bc s32_bc s33_bc s34_bc s35_bc s42_bc s44_bc s45_bc
  s96_bc s97_bc s100_bc s102_bc s103_bc s104_bc s105_bc s106_bc s107_bc s114_bc s116_bc s117_bc
  s144_bc s145_bc s148_bc s150_bc s151_bc s152_bc s153_bc s154_bc s155_bc s162_bc s164_bc s165_bc
  s168_bc s169_bc s172_bc s174_bc s175_bc s176_bc s177_bc s178_bc s179_bc s186_bc s188_bc s189_bc
  s192_bc s193_bc s196_bc s198_bc s199_bc s200_bc s201_bc s202_bc s203_bc s210_bc s212_bc s213_bc
  s216_bc s217_bc s220_bc s222_bc s223_bc s224_bc s225_bc s226_bc s227_bc s234_bc s236_bc s237_bc
  s240_bc s241_bc s244_bc s246_bc s247_bc s248_bc s249_bc s250_bc s251_bc s258_bc s260_bc s261_bc
  s264_bc s265_bc s268_bc s270_bc s271_bc s272_bc s273_bc s274_bc s275_bc s282_bc s284_bc s285_bc
  s432_bc s433_bc s436_bc s438_bc s439_bc s440_bc s441_bc s442_bc s443_bc s450_bc s452_bc s453_bc
  s480_bc s481_bc s484_bc s486_bc s487_bc s488_bc s489_bc s490_bc s491_bc s498_bc s500_bc s501_bc
  s504_bc s505_bc s508_bc s510_bc s511_bc s512_bc s513_bc s514_bc s515_bc s522_bc s524_bc s525_bc))
(assert (=
  s2_bc s3_bc s5_bc s12_bc s13_bc s14_bc s15_bc s16_bc s17_bc s19_bc s22_bc s23_bc
  s26_bc s27_bc s29_bc s36_bc s37_bc s38_bc s39_bc s40_bc s41_bc s43_bc s46_bc s47_bc
  s98_bc s99_bc s101_bc s108_bc s109_bc s110_bc s111_bc s112_bc s113_bc s115_bc s118_bc s119_bc
  s146_bc s147_bc s149_bc s156_bc s157_bc s158_bc s159_bc s160_bc s161_bc s163_bc s166_bc s167_bc
  s170_bc s171_bc s173_bc s180_bc s181_bc s182_bc s183_bc s184_bc s185_bc s187_bc s190_bc s191_bc
  s194_bc s195_bc s197_bc s204_bc s205_bc s206_bc s207_bc s208_bc s209_bc s211_bc s214_bc s215_bc
  s218_bc s219_bc s221_bc s228_bc s229_bc s230_bc s231_bc s232_bc s233_bc s235_bc s238_bc s239_bc
  s242_bc s243_bc s245_bc s252_bc s253_bc s254_bc s255_bc s256_bc s257_bc s259_bc s262_bc s263_bc
  s266_bc s267_bc s269_bc s276_bc s277_bc s278_bc s279_bc s280_bc s281_bc s283_bc s286_bc s287_bc
  s434_bc s435_bc s437_bc s444_bc s445_bc s446_bc s447_bc s448_bc s449_bc s451_bc s454_bc s455_bc
  s482_bc s483_bc s485_bc s492_bc s493_bc s494_bc s495_bc s496_bc s497_bc s499_bc s502_bc s503_bc
  s506_bc s507_bc s509_bc s516_bc s517_bc s518_bc s519_bc s520_bc s521_bc s523_bc s526_bc s527_bc))
(assert (=
  s48_bc s49_bc s52_bc s54_bc s55_bc s56_bc s57_bc s58_bc s59_bc s66_bc s68_bc s69_bc
  s72_bc s73_bc s76_bc s78_bc s79_bc s80_bc s81_bc s82_bc s83_bc s90_bc s92_bc s93_bc
  s120_bc s121_bc s124_bc s126_bc s127_bc s128_bc s129_bc s130_bc s131_bc s138_bc s140_bc s141_bc
  s288_bc s289_bc s292_bc s294_bc s295_bc s296_bc s297_bc s298_bc s299_bc s306_bc s308_bc s309_bc
  s312_bc s313_bc s316_bc s318_bc s319_bc s320_bc s321_bc s322_bc s323_bc s330_bc s332_bc s333_bc
  s336_bc s337_bc s340_bc s342_bc s343_bc s344_bc s345_bc s346_bc s347_bc s354_bc s356_bc s357_bc
  s360_bc s361_bc s364_bc s366_bc s367_bc s368_bc s369_bc s370_bc s371_bc s378_bc s380_bc s381_bc
  s384_bc s385_bc s388_bc s390_bc s391_bc s392_bc s393_bc s394_bc s395_bc s402_bc s404_bc s405_bc
  s408_bc s409_bc s412_bc s414_bc s415_bc s416_bc s417_bc s418_bc s419_bc s426_bc s428_bc s429_bc
  s456_bc s457_bc s460_bc s462_bc s463_bc s464_bc s465_bc s466_bc s467_bc s474_bc s476_bc s477_bc
  s528_bc s529_bc s532_bc s534_bc s535_bc s536_bc s537_bc s538_bc s539_bc s546_bc s548_bc s549_bc
  s552_bc s553_bc s556_bc s558_bc s559_bc s560_bc s561_bc s562_bc s563_bc s570_bc s572_bc s573_bc))
(assert (=
  s50_bc s51_bc s53_bc s60_bc s61_bc s62_bc s63_bc s64_bc s65_bc s67_bc s70_bc s71_bc
  s74_bc s75_bc s77_bc s84_bc s85_bc s86_bc s87_bc s88_bc s89_bc s91_bc s94_bc s95_bc
  s122_bc s123_bc s125_bc s132_bc s133_bc s134_bc s135_bc s136_bc s137_bc s139_bc s142_bc s143_bc
  s290_bc s291_bc s293_bc s300_bc s301_bc s302_bc s303_bc s304_bc s305_bc s307_bc s310_bc s311_bc
  s314_bc s315_bc s317_bc s324_bc s325_bc s326_bc s327_bc s328_bc s329_bc s331_bc s334_bc s335_bc
  s338_bc s339_bc s341_bc s348_bc s349_bc s350_bc s351_bc s352_bc s353_bc s355_bc s358_bc s359_bc
  s362_bc s363_bc s365_bc s372_bc s373_bc s374_bc s375_bc s376_bc s377_bc s379_bc s382_bc s383_bc
  s386_bc s387_bc s389_bc s396_bc s397_bc s398_bc s399_bc s400_bc s401_bc s403_bc s406_bc s407_bc
  s410_bc s411_bc s413_bc s420_bc s421_bc s422_bc s423_bc s424_bc s425_bc s427_bc s430_bc s431_bc
  s458_bc s459_bc s461_bc s468_bc s469_bc s470_bc s471_bc s472_bc s473_bc s475_bc s478_bc s479_bc
  s530_bc s531_bc s533_bc s540_bc s541_bc s542_bc s543_bc s544_bc s545_bc s547_bc s550_bc s551_bc
  s554_bc s555_bc s557_bc s564_bc s565_bc s566_bc s567_bc s568_bc s569_bc s571_bc s574_bc s575_bc))
(assert (=
  s0_bd s1_bd s2_bd s6_bd s7_bd s8_bd s9_bd s10_bd s11_bd s12_bd s14_bd s15_bd
  s24_bd s25_bd s26_bd s30_bd s31_bd s32_bd s33_bd s34_bd s35_bd s36_bd s38_bd s39_bd
  s48_bd s49_bd s50_bd s54_bd s55_bd s56_bd s57_bd s58_bd s59_bd s60_bd s62_bd s63_bd
  s144_bd s145_bd s146_bd s150_bd s151_bd s152_bd s153_bd s154_bd s155_bd s156_bd s158_bd s159_bd
  s168_bd s169_bd s170_bd s174_bd s175_bd s176_bd s177_bd s178_bd s179_bd s180_bd s182_bd s183_bd
  s192_bd s193_bd s194_bd s198_bd s199_bd s200_bd s201_bd s202_bd s203_bd s204_bd s206_bd s207_bd
  s216_bd s217_bd s218_bd s222_bd s223_bd s224_bd s225_bd s226_bd s227_bd s228_bd s230_bd s231_bd
  s240_bd s241_bd s242_bd s246_bd s247_bd s248_bd s249_bd s250_bd s251_bd s252_bd s254_bd s255_bd
  s264_bd s265_bd s266_bd s270_bd s271_bd s272_bd s273_bd s274_bd s275_bd s276_bd s278_bd s279_bd
  s288_bd s289_bd s290_bd s294_bd s295_bd s296_bd s297_bd s298_bd s299_bd s300_bd s302_bd s303_bd
  s336_bd s337_bd s338_bd s342_bd s343_bd s344_bd s345_bd s346_bd s347_bd s348_bd s350_bd s351_bd
  s360_bd s361_bd s362_bd s366_bd s367_bd s368_bd s369_bd s370_bd s371_bd s372_bd s374_bd s375_bd))
(assert (=
  s3_bd s4_bd s5_bd s13_bd s16_bd s17_bd s18_bd s19_bd s20_bd s21_bd s22_bd s23_bd
  s27_bd s28_bd s29_bd s37_bd s40_bd s41_bd s42_bd s43_bd s44_bd s45_bd s46_bd s47_bd
  s51_bd s52_bd s53_bd s61_bd s64_bd s65_bd s66_bd s67_bd s68_bd s69_bd s70_bd s71_bd
  s147_bd s148_bd s149_bd s157_bd s160_bd s161_bd s162_bd s163_bd s164_bd s165_bd s166_bd s167_bd
  s171_bd s172_bd s173_bd s181_bd s184_bd s185_bd s186_bd s187_bd s188_bd s189_bd s190_bd s191_bd
  s195_bd s196_bd s197_bd s205_bd s208_bd s209_bd s210_bd s211_bd s212_bd s213_bd s214_bd s215_bd
  s219_bd s220_bd s221_bd s229_bd s232_bd s233_bd s234_bd s235_bd s236_bd s237_bd s238_bd s239_bd
  s243_bd s244_bd s245_bd s253_bd s256_bd s257_bd s258_bd s259_bd s260_bd s261_bd s262_bd s263_bd
  s267_bd s268_bd s269_bd s277_bd s280_bd s281_bd s282_bd s283_bd s284_bd s285_bd s286_bd s287_bd
  s291_bd s292_bd s293_bd s301_bd s304_bd s305_bd s306_bd s307_bd s308_bd s309_bd s310_bd s311_bd
  s339_bd s340_bd s341_bd s349_bd s352_bd s353_bd s354_bd s355_bd s356_bd s357_bd s358_bd s359_bd
  s363_bd s364_bd s365_bd s373_bd s376_bd s377_bd s378_bd s379_bd s380_bd s381_bd s382_bd s383_bd))
(assert (=
  s72_bd s73_bd s74_bd s78_bd s79_bd s80_bd s81_bd s82_bd s83_bd s84_bd s86_bd s87_bd
  s96_bd s97_bd s98_bd s102_bd s103_bd s104_bd s105_bd s106_bd s107_bd s108_bd s110_bd s111_bd
  s120_bd s121_bd s122_bd s126_bd s127_bd s128_bd s129_bd s130_bd s131_bd s132_bd s134_bd s135_bd
  s312_bd s313_bd s314_bd s318_bd s319_bd s320_bd s321_bd s322_bd s323_bd s324_bd s326_bd s327_bd
  s384_bd s385_bd s386_bd s390_bd s391_bd s392_bd s393_bd s394_bd s395_bd s396_bd s398_bd s399_bd
  s408_bd s409_bd s410_bd s414_bd s415_bd s416_bd s417_bd s418_bd s419_bd s420_bd s422_bd s423_bd
  s432_bd s433_bd s434_bd s438_bd s439_bd s440_bd s441_bd s442_bd s443_bd s444_bd s446_bd s447_bd
  s456_bd s457_bd s458_bd s462_bd s463_bd s464_bd s465_bd s466_bd s467_bd s468_bd s470_bd s471_bd
  s480_bd s481_bd s482_bd s486_bd s487_bd s488_bd s489_bd s490_bd s491_bd s492_bd s494_bd s495_bd
  s504_bd s505_bd s506_bd s510_bd s511_bd s512_bd s513_bd s514_bd s515_bd s516_bd s518_bd s519_bd
  s528_bd s529_bd s530_bd s534_bd s535_bd s536_bd s537_bd s538_bd s539_bd s540_bd s542_bd s543_bd
  s552_bd s553_bd s554_bd s558_bd s559_bd s560_bd s561_bd s562_bd s563_bd s564_bd s566_bd s567_bd))
(assert (=
  s75_bd s76_bd s77_bd s85_bd s88_bd s89_bd s90_bd s91_bd s92_bd s93_bd s94_bd s95_bd
  s99_bd s100_bd s101_bd s109_bd s112_bd s113_bd s114_bd s115_bd s116_bd s117_bd s118_bd s119_bd
  s123_bd s124_bd s125_bd s133_bd s136_bd s137_bd s138_bd s139_bd s140_bd s141_bd s142_bd s143_bd
  s315_bd s316_bd s317_bd s325_bd s328_bd s329_bd s330_bd s331_bd s332_bd s333_bd s334_bd s335_bd
  s387_bd s388_bd s389_bd s397_bd s400_bd s401_bd s402_bd s403_bd s404_bd s405_bd s406_bd s407_bd
  s411_bd s412_bd s413_bd s421_bd s424_bd s425_bd s426_bd s427_bd s428_bd s429_bd s430_bd s431_bd
  s435_bd s436_bd s437_bd s445_bd s448_bd s449_bd s450_bd s451_bd s452_bd s453_bd s454_bd s455_bd
  s459_bd s460_bd s461_bd s469_bd s472_bd s473_bd s474_bd s475_bd s476_bd s477_bd s478_bd s479_bd
  s483_bd s484_bd s485_bd s493_bd s496_bd s497_bd s498_bd s499_bd s500_bd s501_bd s502_bd s503_bd
  s507_bd s508_bd s509_bd s517_bd s520_bd s521_bd s522_bd s523_bd s524_bd s525_bd s526_bd s527_bd
  s531_bd s532_bd s533_bd s541_bd s544_bd s545_bd s546_bd s547_bd s548_bd s549_bd s550_bd s551_bd
  s555_bd s556_bd s557_bd s565_bd s568_bd s569_bd s570_bd s571_bd s572_bd s573_bd s574_bd s575_bd))
(assert (=
  s0_cd s2_cd s3_cd s6_cd s8_cd s9_cd s12_cd s13_cd s14_cd s15_cd s16_cd s17_cd
  s48_cd s50_cd s51_cd s54_cd s56_cd s57_cd s60_cd s61_cd s62_cd s63_cd s64_cd s65_cd
  s72_cd s74_cd s75_cd s78_cd s80_cd s81_cd s84_cd s85_cd s86_cd s87_cd s88_cd s89_cd
  s144_cd s146_cd s147_cd s150_cd s152_cd s153_cd s156_cd s157_cd s158_cd s159_cd s160_cd s161_cd
  s192_cd s194_cd s195_cd s198_cd s200_cd s201_cd s204_cd s205_cd s206_cd s207_cd s208_cd s209_cd
  s216_cd s218_cd s219_cd s222_cd s224_cd s225_cd s228_cd s229_cd s230_cd s231_cd s232_cd s233_cd
  s288_cd s290_cd s291_cd s294_cd s296_cd s297_cd s300_cd s301_cd s302_cd s303_cd s304_cd s305_cd
  s312_cd s314_cd s315_cd s318_cd s320_cd s321_cd s324_cd s325_cd s326_cd s327_cd s328_cd s329_cd
  s336_cd s338_cd s339_cd s342_cd s344_cd s345_cd s348_cd s349_cd s350_cd s351_cd s352_cd s353_cd
  s360_cd s362_cd s363_cd s366_cd s368_cd s369_cd s372_cd s373_cd s374_cd s375_cd s376_cd s377_cd
  s384_cd s386_cd s387_cd s390_cd s392_cd s393_cd s396_cd s397_cd s398_cd s399_cd s400_cd s401_cd
  s408_cd s410_cd s411_cd s414_cd s416_cd s417_cd s420_cd s421_cd s422_cd s423_cd s424_cd s425_cd))
(assert (=
  s1_cd s4_cd s5_cd s7_cd s10_cd s11_cd s18_cd s19_cd s20_cd s21_cd s22_cd s23_cd
  s49_cd s52_cd s53_cd s55_cd s58_cd s59_cd s66_cd s67_cd s68_cd s69_cd s70_cd s71_cd
  s73_cd s76_cd s77_cd s79_cd s82_cd s83_cd s90_cd s91_cd s92_cd s93_cd s94_cd s95_cd
  s145_cd s148_cd s149_cd s151_cd s154_cd s155_cd s162_cd s163_cd s164_cd s165_cd s166_cd s167_cd
  s193_cd s196_cd s197_cd s199_cd s202_cd s203_cd s210_cd s211_cd s212_cd s213_cd s214_cd s215_cd
  s217_cd s220_cd s221_cd s223_cd s226_cd s227_cd s234_cd s235_cd s236_cd s237_cd s238_cd s239_cd
  s289_cd s292_cd s293_cd s295_cd s298_cd s299_cd s306_cd s307_cd s308_cd s309_cd s310_cd s311_cd
  s313_cd s316_cd s317_cd s319_cd s322_cd s323_cd s330_cd s331_cd s332_cd s333_cd s334_cd s335_cd
  s337_cd s340_cd s341_cd s343_cd s346_cd s347_cd s354_cd s355_cd s356_cd s357_cd s358_cd s359_cd
  s361_cd s364_cd s365_cd s367_cd s370_cd s371_cd s378_cd s379_cd s380_cd s381_cd s382_cd s383_cd
  s385_cd s388_cd s389_cd s391_cd s394_cd s395_cd s402_cd s403_cd s404_cd s405_cd s406_cd s407_cd
  s409_cd s412_cd s413_cd s415_cd s418_cd s419_cd s426_cd s427_cd s428_cd s429_cd s430_cd s431_cd))
(assert (=
  s24_cd s26_cd s27_cd s30_cd s32_cd s33_cd s36_cd s37_cd s38_cd s39_cd s40_cd s41_cd
  s96_cd s98_cd s99_cd s102_cd s104_cd s105_cd s108_cd s109_cd s110_cd s111_cd s112_cd s113_cd
  s120_cd s122_cd s123_cd s126_cd s128_cd s129_cd s132_cd s133_cd s134_cd s135_cd s136_cd s137_cd
  s168_cd s170_cd s171_cd s174_cd s176_cd s177_cd s180_cd s181_cd s182_cd s183_cd s184_cd s185_cd
  s240_cd s242_cd s243_cd s246_cd s248_cd s249_cd s252_cd s253_cd s254_cd s255_cd s256_cd s257_cd
  s264_cd s266_cd s267_cd s270_cd s272_cd s273_cd s276_cd s277_cd s278_cd s279_cd s280_cd s281_cd
  s432_cd s434_cd s435_cd s438_cd s440_cd s441_cd s444_cd s445_cd s446_cd s447_cd s448_cd s449_cd
  s456_cd s458_cd s459_cd s462_cd s464_cd s465_cd s468_cd s469_cd s470_cd s471_cd s472_cd s473_cd
  s480_cd s482_cd s483_cd s486_cd s488_cd s489_cd s492_cd s493_cd s494_cd s495_cd s496_cd s497_cd
  s504_cd s506_cd s507_cd s510_cd s512_cd s513_cd s516_cd s517_cd s518_cd s519_cd s520_cd s521_cd
  s528_cd s530_cd s531_cd s534_cd s536_cd s537_cd s540_cd s541_cd s542_cd s543_cd s544_cd s545_cd
  s552_cd s554_cd s555_cd s558_cd s560_cd s561_cd s564_cd s565_cd s566_cd s567_cd s568_cd s569_cd))
(assert (=
  s25_cd s28_cd s29_cd s31_cd s34_cd s35_cd s42_cd s43_cd s44_cd s45_cd s46_cd s47_cd
  s97_cd s100_cd s101_cd s103_cd s106_cd s107_cd s114_cd s115_cd s116_cd s117_cd s118_cd s119_cd
  s121_cd s124_cd s125_cd s127_cd s130_cd s131_cd s138_cd s139_cd s140_cd s141_cd s142_cd s143_cd
  s169_cd s172_cd s173_cd s175_cd s178_cd s179_cd s186_cd s187_cd s188_cd s189_cd s190_cd s191_cd
  s241_cd s244_cd s245_cd s247_cd s250_cd s251_cd s258_cd s259_cd s260_cd s261_cd s262_cd s263_cd
  s265_cd s268_cd s269_cd s271_cd s274_cd s275_cd s282_cd s283_cd s284_cd s285_cd s286_cd s287_cd
  s433_cd s436_cd s437_cd s439_cd s442_cd s443_cd s450_cd s451_cd s452_cd s453_cd s454_cd s455_cd
  s457_cd s460_cd s461_cd s463_cd s466_cd s467_cd s474_cd s475_cd s476_cd s477_cd s478_cd s479_cd
  s481_cd s484_cd s485_cd s487_cd s490_cd s491_cd s498_cd s499_cd s500_cd s501_cd s502_cd s503_cd
  s505_cd s508_cd s509_cd s511_cd s514_cd s515_cd s522_cd s523_cd s524_cd s525_cd s526_cd s527_cd
  s529_cd s532_cd s533_cd s535_cd s538_cd s539_cd s546_cd s547_cd s548_cd s549_cd s550_cd s551_cd
  s553_cd s556_cd s557_cd s559_cd s562_cd s563_cd s570_cd s571_cd s572_cd s573_cd s574_cd s575_cd))
; non-dictatorship: for each voter some profile and pair where society disagrees with that voter
; voter 1 is not a dictator
(assert (or
  (not s0_ab) (not s0_ac) (not s0_ad) (not s0_bc) (not s0_bd) (not s0_cd) (not s1_ab) (not s1_ac) (not s1_ad) (not s1_bc)
  (not s1_bd) (not s1_cd) (not s2_ab) (not s2_ac) (not s2_ad) (not s2_bc) (not s2_bd) (not s2_cd) (not s3_ab) (not s3_ac)
  (not s3_ad) (not s3_bc) (not s3_bd) (not s3_cd) (not s4_ab) (not s4_ac) (not s4_ad) (not s4_bc) (not s4_bd) (not s4_cd)
  (not s5_ab) (not s5_ac) (not s5_ad) (not s5_bc) (not s5_bd) (not s5_cd) (not s6_ab) (not s6_ac) (not s6_ad) (not s6_bc)
  (not s6_bd) (not s6_cd) (not s7_ab) (not s7_ac) (not s7_ad) (not s7_bc) (not s7_bd) (not s7_cd) (not s8_ab) (not s8_ac)
  (not s8_ad) (not s8_bc) (not s8_bd) (not s8_cd) (not s9_ab) (not s9_ac) (not s9_ad) (not s9_bc) (not s9_bd) (not s9_cd)
  (not s10_ab) (not s10_ac) (not s10_ad) (not s10_bc) (not s10_bd) (not s10_cd) (not s11_ab) (not s11_ac) (not s11_ad) (not s11_bc)
  (not s11_bd) (not s11_cd) (not s12_ab) (not s12_ac) (not s12_ad) (not s12_bc) (not s12_bd) (not s12_cd) (not s13_ab) (not s13_ac)
  (not s13_ad) (not s13_bc) (not s13_bd) (not s13_cd) (not s14_ab) (not s14_ac) (not s14_ad) (not s14_bc) (not s14_bd) (not s14_cd)
  (not s15_ab) (not s15_ac) (not s15_ad) (not s15_bc) (not s15_bd) (not s15_cd) (not s16_ab) (not s16_ac) (not s16_ad) (not s16_bc)
  (not s16_bd) (not s16_cd) (not s17_ab) (not s17_ac) (not s17_ad) (not s17_bc) (not s17_bd) (not s17_cd) (not s18_ab) (not s18_ac)
  (not s18_ad) (not s18_bc) (not s18_bd) (not s18_cd) (not s19_ab) (not s19_ac) (not s19_ad) (not s19_bc) (not s19_bd) (not s19_cd)
  (not s20_ab) (not s20_ac) (not s20_ad) (not s20_bc) (not s20_bd) (not s20_cd) (not s21_ab) (not s21_ac) (not s21_ad) (not s21_bc)
  (not s21_bd) (not s21_cd) (not s22_ab) (not s22_ac) (not s22_ad) (not s22_bc) (not s22_bd) (not s22_cd) (not s23_ab) (not s23_ac)
  (not s23_ad) (not s23_bc) (not s23_bd) (not s23_cd) (not s24_ab) (not s24_ac) (not s24_ad) (not s24_bc) (not s24_bd) s24_cd
  (not s25_ab) (not s25_ac) (not s25_ad) (not s25_bc) (not s25_bd) s25_cd (not s26_ab) (not s26_ac) (not s26_ad) (not s26_bc)
  (not s26_bd) s26_cd (not s27_ab) (not s27_ac) (not s27_ad) (not s27_bc) (not s27_bd) s27_cd (not s28_ab) (not s28_ac)
  (not s28_ad) (not s28_bc) (not s28_bd) s28_cd (not s29_ab) (not s29_ac) (not s29_ad) (not s29_bc) (not s29_bd) s29_cd
  (not s30_ab) (not s30_ac) (not s30_ad) (not s30_bc) (not s30_bd) s30_cd (not s31_ab) (not s31_ac) (not s31_ad) (not s31_bc)
  (not s31_bd) s31_cd (not s32_ab) (not s32_ac) (not s32_ad) (not s32_bc) (not s32_bd) s32_cd (not s33_ab) (not s33_ac)
  (not s33_ad) (not s33_bc) (not s33_bd) s33_cd (not s34_ab) (not s34_ac) (not s34_ad) (not s34_bc) (not s34_bd) s34_cd
  (not s35_ab) (not s35_ac) (not s35_ad) (not s35_bc) (not s35_bd) s35_cd (not s36_ab) (not s36_ac) (not s36_ad) (not s36_bc)
  (not s36_bd) s36_cd (not s37_ab) (not s37_ac) (not s37_ad) (not s37_bc) (not s37_bd) s37_cd (not s38_ab) (not s38_ac)
  (not s38_ad) (not s38_bc) (not s38_bd) s38_cd (not s39_ab) (not s39_ac) (not s39_ad) (not s39_bc) (not s39_bd) s39_cd
  (not s40_ab) (not s40_ac) (not s40_ad) (not s40_bc) (not s40_bd) s40_cd (not s41_ab) (not s41_ac) (not s41_ad) (not s41_bc)
  (not s41_bd) s41_cd (not s42_ab) (not s42_ac) (not s42_ad) (not s42_bc) (not s42_bd) s42_cd (not s43_ab) (not s43_ac)
  (not s43_ad) (not s43_bc) (not s43_bd) s43_cd (not s44_ab) (not s44_ac) (not s44_ad) (not s44_bc) (not s44_bd) s44_cd
  (not s45_ab) (not s45_ac) (not s45_ad) (not s45_bc) (not s45_bd) s45_cd (not s46_ab) (not s46_ac) (not s46_ad) (not s46_bc)
  (not s46_bd) s46_cd (not s47_ab) (not s47_ac) (not s47_ad) (not s47_bc) (not s47_bd) s47_cd (not s48_ab) (not s48_ac)
  (not s48_ad) s48_bc (not s48_bd) (not s48_cd) (not s49_ab) (not s49_ac) (not s49_ad) s49_bc (not s49_bd) (not s49_cd)
  (not s50_ab) (not s50_ac) (not s50_ad) s50_bc (not s50_bd) (not s50_cd) (not s51_ab) (not s51_ac) (not s51_ad) s51_bc
  (not s51_bd) (not s51_cd) (not s52_ab) (not s52_ac) (not s52_ad) s52_bc (not s52_bd) (not s52_cd) (not s53_ab) (not s53_ac)
  (not s53_ad) s53_bc (not s53_bd) (not s53_cd) (not s54_ab) (not s54_ac) (not s54_ad) s54_bc (not s54_bd) (not s54_cd)
  (not s55_ab) (not s55_ac) (not s55_ad) s55_bc (not s55_bd) (not s55_cd) (not s56_ab) (not s56_ac) (not s56_ad) s56_bc
  (not s56_bd) (not s56_cd) (not s57_ab) (not s57_ac) (not s57_ad) s57_bc (not s57_bd) (not s57_cd) (not s58_ab) (not s58_ac)
  (not s58_ad) s58_bc (not s58_bd) (not s58_cd) (not s59_ab) (not s59_ac) (not s59_ad) s59_bc (not s59_bd) (not s59_cd)
  (not s60_ab) (not s60_ac) (not s60_ad) s60_bc (not s60_bd) (not s60_cd) (not s61_ab) (not s61_ac) (not s61_ad) s61_bc
  (not s61_bd) (not s61_cd) (not s62_ab) (not s62_ac) (not s62_ad) s62_bc (not s62_bd) (not s62_cd) (not s63_ab) (not s63_ac)
  (not s63_ad) s63_bc (not s63_bd) (not s63_cd) (not s64_ab) (not s64_ac) (not s64_ad) s64_bc (not s64_bd) (not s64_cd)
  (not s65_ab) (not s65_ac) (not s65_ad) s65_bc (not s65_bd) (not s65_cd) (not s66_ab) (not s66_ac) (not s66_ad) s66_bc
  (not s66_bd) (not s66_cd) (not s67_ab) (not s67_ac) (not s67_ad) s67_bc (not s67_bd) (not s67_cd) (not s68_ab) (not s68_ac)
  (not s68_ad) s68_bc (not s68_bd) (not s68_cd) (not s69_ab) (not s69_ac) (not s69_ad) s69_bc (not s69_bd) (not s69_cd)
  (not s70_ab) (not s70_ac) (not s70_ad) s70_bc (not s70_bd) (not s70_cd) (not s71_ab) (not s71_ac) (not s71_ad) s71_bc
  (not s71_bd) (not s71_cd) (not s72_ab) (not s72_ac) (not s72_ad) s72_bc s72_bd (not s72_cd) (not s73_ab) (not s73_ac)
  (not s73_ad) s73_bc s73_bd (not s73_cd) (not s74_ab) (not s74_ac) (not s74_ad) s74_bc s74_bd (not s74_cd)
  (not s75_ab) (not s75_ac) (not s75_ad) s75_bc s75_bd (not s75_cd) (not s76_ab) (not s76_ac) (not s76_ad) s76_bc
  s76_bd (not s76_cd) (not s77_ab) (not s77_ac) (not s77_ad) s77_bc s77_bd (not s77_cd) (not s78_ab) (not s78_ac)
  (not s78_ad) s78_bc s78_bd (not s78_cd) (not s79_ab) (not s79_ac) (not s79_ad) s79_bc s79_bd (not s79_cd)
  (not s80_ab) (not s80_ac) (not s80_ad) s80_bc s80_bd (not s80_cd) (not s81_ab) (not s81_ac) (not s81_ad) s81_bc
  s81_bd (not s81_cd) (not s82_ab) (not s82_ac) (not s82_ad) s82_bc s82_bd (not s82_cd) (not s83_ab) (not s83_ac)
  (not s83_ad) s83_bc s83_bd (not s83_cd) (not s84_ab) (not s84_ac) (not s84_ad) s84_bc s84_bd (not s84_cd)
  (not s85_ab) (not s85_ac) (not s85_ad) s85_bc s85_bd (not s85_cd) (not s86_ab) (not s86_ac) (not s86_ad) s86_bc
  s86_bd (not s86_cd) (not s87_ab) (not s87_ac) (not s87_ad) s87_bc s87_bd (not s87_cd) (not s88_ab) (not s88_ac)
  (not s88_ad) s88_bc s88_bd (not s88_cd) (not s89_ab) (not s89_ac) (not s89_ad) s89_bc s89_bd (not s89_cd)
  (not s90_ab) (not s90_ac) (not s90_ad) s90_bc s90_bd (not s90_cd) (not s91_ab) (not s91_ac) (not s91_ad) s91_bc
  s91_bd (not s91_cd) (not s92_ab) (not s92_ac) (not s92_ad) s92_bc s92_bd (not s92_cd) (not s93_ab) (not s93_ac)
  (not s93_ad) s93_bc s93_bd (not s93_cd) (not s94_ab) (not s94_ac) (not s94_ad) s94_bc s94_bd (not s94_cd)
  (not s95_ab) (not s95_ac) (not s95_ad) s95_bc s95_bd (not s95_cd) (not s96_ab) (not s96_ac) (not s96_ad) (not s96_bc)
  s96_bd s96_cd (not s97_ab) (not s97_ac) (not s97_ad) (not s97_bc) s97_bd s97_cd (not s98_ab) (not s98_ac)
  (not s98_ad) (not s98_bc) s98_bd s98_cd (not s99_ab) (not s99_ac) (not s99_ad) (not s99_bc) s99_bd s99_cd
  (not s100_ab) (not s100_ac) (not s100_ad) (not s100_bc) s100_bd s100_cd (not s101_ab) (not s101_ac) (not s101_ad) (not s101_bc)
  s101_bd s101_cd (not s102_ab) (not s102_ac) (not s102_ad) (not s102_bc) s102_bd s102_cd (not s103_ab) (not s103_ac)
  (not s103_ad) (not s103_bc) s103_bd s103_cd (not s104_ab) (not s104_ac) (not s104_ad) (not s104_bc) s104_bd s104_cd
  (not s105_ab) (not s105_ac) (not s105_ad) (not s105_bc) s105_bd s105_cd (not s106_ab) (not s106_ac) (not s106_ad) (not s106_bc)
  s106_bd s106_cd (not s107_ab) (not s107_ac) (not s107_ad) (not s107_bc) s107_bd s107_cd (not s108_ab) (not s108_ac)
  (not s108_ad) (not s108_bc) s108_bd s108_cd (not s109_ab) (not s109_ac) (not s109_ad) (not s109_bc) s109_bd s109_cd
  (not s110_ab) (not s110_ac) (not s110_ad) (not s110_bc) s110_bd s110_cd (not s111_ab) (not s111_ac) (not s111_ad) (not s111_bc)
  s111_bd s111_cd (not s112_ab) (not s112_ac) (not s112_ad) (not s112_bc) s112_bd s112_cd (not s113_ab) (not s113_ac)
  (not s113_ad) (not s113_bc) s113_bd s113_cd (not s114_ab) (not s114_ac) (not s114_ad) (not s114_bc) s114_bd s114_cd
  (not s115_ab) (not s115_ac) (not s115_ad) (not s115_bc) s115_bd s115_cd (not s116_ab) (not s116_ac) (not s116_ad) (not s116_bc)
  s116_bd s116_cd (not s117_ab) (not s117_ac) (not s117_ad) (not s117_bc) s117_bd s117_cd (not s118_ab) (not s118_ac)
  (not s118_ad) (not s118_bc) s118_bd s118_cd (not s119_ab) (not s119_ac) (not s119_ad) (not s119_bc) s119_bd s119_cd
  (not s120_ab) (not s120_ac) (not s120_ad) s120_bc s120_bd s120_cd (not s121_ab) (not s121_ac) (not s121_ad) s121_bc
  s121_bd s121_cd (not s122_ab) (not s122_ac) (not s122_ad) s122_bc s122_bd s122_cd (not s123_ab) (not s123_ac)
  (not s123_ad) s123_bc s123_bd s123_cd (not s124_ab) (not s124_ac) (not s124_ad) s124_bc s124_bd s124_cd
  (not s125_ab) (not s125_ac) (not s125_ad) s125_bc s125_bd s125_cd (not s126_ab) (not s126_ac) (not s126_ad) s126_bc
  s126_bd s126_cd (not s127_ab) (not s127_ac) (not s127_ad) s127_bc s127_bd s127_cd (not s128_ab) (not s128_ac)
  (not s128_ad) s128_bc s128_bd s128_cd (not s129_ab) (not s129_ac) (not s129_ad) s129_bc s129_bd s129_cd
  (not s130_ab) (not s130_ac) (not s130_ad) s130_bc s130_bd s130_cd (not s131_ab) (not s131_ac) (not s131_ad) s131_bc
  s131_bd s131_cd (not s132_ab) (not s132_ac) (not s132_ad) s132_bc s132_bd s132_cd (not s133_ab) (not s133_ac)
  (not s133_ad) s133_bc s133_bd s133_cd (not s134_ab) (not s134_ac) (not s134_ad) s134_bc s134_bd s134_cd
  (not s135_ab) (not s135_ac) (not s135_ad) s135_bc s135_bd s135_cd (not s136_ab) (not s136_ac) (not s136_ad) s136_bc
  s136_bd s136_cd (not s137_ab) (not s137_ac) (not s137_ad) s137_bc s137_bd s137_cd (not s138_ab) (not s138_ac)
  (not s138_ad) s138_bc s138_bd s138_cd (not s139_ab) (not s139_ac) (not s139_ad) s139_bc s139_bd s139_cd
  (not s140_ab) (not s140_ac) (not s140_ad) s140_bc s140_bd s140_cd (not s141_ab) (not s141_ac) (not s141_ad) s141_bc
  s141_bd s141_cd (not s142_ab) (not s142_ac) (not s142_ad) s142_bc s142_bd s142_cd (not s143_ab) (not s143_ac)
  (not s143_ad) s143_bc s143_bd s143_cd s144_ab (not s144_ac) (not s144_ad) (not s144_bc) (not s144_bd) (not s144_cd)
  s145_ab (not s145_ac) (not s145_ad) (not s145_bc) (not s145_bd) (not s145_cd) s146_ab (not s146_ac) (not s146_ad) (not s146_bc)
  (not s146_bd) (not s146_cd) s147_ab (not s147_ac) (not s147_ad) (not s147_bc) (not s147_bd) (not s147_cd) s148_ab (not s148_ac)
  (not s148_ad) (not s148_bc) (not s148_bd) (not s148_cd) s149_ab (not s149_ac) (not s149_ad) (not s149_bc) (not s149_bd) (not s149_cd)
  s150_ab (not s150_ac) (not s150_ad) (not s150_bc) (not s150_bd) (not s150_cd) s151_ab (not s151_ac) (not s151_ad) (not s151_bc)
  (not s151_bd) (not s151_cd) s152_ab (not s152_ac) (not s152_ad) (not s152_bc) (not s152_bd) (not s152_cd) s153_ab (not s153_ac)
  (not s153_ad) (not s153_bc) (not s153_bd) (not s153_cd) s154_ab (not s154_ac) (not s154_ad) (not s154_bc) (not s154_bd) (not s154_cd)
  s155_ab (not s155_ac) (not s155_ad) (not s155_bc) (not s155_bd) (not s155_cd) s156_ab (not s156_ac) (not s156_ad) (not s156_bc)
  (not s156_bd) (not s156_cd) s157_ab (not s157_ac) (not s157_ad) (not s157_bc) (not s157_bd) (not s157_cd) s158_ab (not s158_ac)
  (not s158_ad) (not s158_bc) (not s158_bd) (not s158_cd) s159_ab (not s159_ac) (not s159_ad) (not s159_bc) (not s159_bd) (not s159_cd)
  s160_ab (not s160_ac) (not s160_ad) (not s160_bc) (not s160_bd) (not s160_cd) s161_ab (not s161_ac) (not s161_ad) (not s161_bc)
  (not s161_bd) (not s161_cd) s162_ab (not s162_ac) (not s162_ad) (not s162_bc) (not s162_bd) (not s162_cd) s163_ab (not s163_ac)
  (not s163_ad) (not s163_bc) (not s163_bd) (not s163_cd) s164_ab (not s164_ac) (not s164_ad) (not s164_bc) (not s164_bd) (not s164_cd)
  s165_ab (not s165_ac) (not s165_ad) (not s165_bc) (not s165_bd) (not s165_cd) s166_ab (not s166_ac) (not s166_ad) (not s166_bc)
  (not s166_bd) (not s166_cd) s167_ab (not s167_ac) (not s167_ad) (not s167_bc) (not s167_bd) (not s167_cd) s168_ab (not s168_ac)
  (not s168_ad) (not s168_bc) (not s168_bd) s168_cd s169_ab (not s169_ac) (not s169_ad) (not s169_bc) (not s169_bd) s169_cd
  s170_ab (not s170_ac) (not s170_ad) (not s170_bc) (not s170_bd) s170_cd s171_ab (not s171_ac) (not s171_ad) (not s171_bc)
  (not s171_bd) s171_cd s172_ab (not s172_ac) (not s172_ad) (not s172_bc) (not s172_bd) s172_cd s173_ab (not s173_ac)
  (not s173_ad) (not s173_bc) (not s173_bd) s173_cd s174_ab (not s174_ac) (not s174_ad) (not s174_bc) (not s174_bd) s174_cd
  s175_ab (not s175_ac) (not s175_ad) (not s175_bc) (not s175_bd) s175_cd s176_ab (not s176_ac) (not s176_ad) (not s176_bc)
  (not s176_bd) s176_cd s177_ab (not s177_ac) (not s177_ad) (not s177_bc) (not s177_bd) s177_cd s178_ab (not s178_ac)
  (not s178_ad) (not s178_bc) (not s178_bd) s178_cd s179_ab (not s179_ac) (not s179_ad) (not s179_bc) (not s179_bd) s179_cd
  s180_ab (not s180_ac) (not s180_ad) (not s180_bc) (not s180_bd) s180_cd s181_ab (not s181_ac) (not s181_ad) (not s181_bc)
  (not s181_bd) s181_cd s182_ab (not s182_ac) (not s182_ad) (not s182_bc) (not s182_bd) s182_cd s183_ab (not s183_ac)
  (not s183_ad) (not s183_bc) (not s183_bd) s183_cd s184_ab (not s184_ac) (not s184_ad) (not s184_bc) (not s184_bd) s184_cd
  s185_ab (not s185_ac) (not s185_ad) (not s185_bc) (not s185_bd) s185_cd s186_ab (not s186_ac) (not s186_ad) (not s186_bc)
  (not s186_bd) s186_cd s187_ab (not s187_ac) (not s187_ad) (not s187_bc) (not s187_bd) s187_cd s188_ab (not s188_ac)
  (not s188_ad) (not s188_bc) (not s188_bd) s188_cd s189_ab (not s189_ac) (not s189_ad) (not s189_bc) (not s189_bd) s189_cd
  s190_ab (not s190_ac) (not s190_ad) (not s190_bc) (not s190_bd) s190_cd s191_ab (not s191_ac) (not s191_ad) (not s191_bc)
  (not s191_bd) s191_cd s192_ab s192_ac (not s192_ad) (not s192_bc) (not s192_bd) (not s192_cd) s193_ab s193_ac
  (not s193_ad) (not s193_bc) (not s193_bd) (not s193_cd) s194_ab s194_ac (not s194_ad) (not s194_bc) (not s194_bd) (not s194_cd)
  s195_ab s195_ac (not s195_ad) (not s195_bc) (not s195_bd) (not s195_cd) s196_ab s196_ac (not s196_ad) (not s196_bc)
  (not s196_bd) (not s196_cd) s197_ab s197_ac (not s197_ad) (not s197_bc) (not s197_bd) (not s197_cd) s198_ab s198_ac
  (not s198_ad) (not s198_bc) (not s198_bd) (not s198_cd) s199_ab s199_ac (not s199_ad) (not s199_bc) (not s199_bd) (not s199_cd)
  s200_ab s200_ac (not s200_ad) (not s200_bc) (not s200_bd) (not s200_cd) s201_ab s201_ac (not s201_ad) (not s201_bc)
  (not s201_bd) (not s201_cd) s202_ab s202_ac (not s202_ad) (not s202_bc) (not s202_bd) (not s202_cd) s203_ab s203_ac
  (not s203_ad) (not s203_bc) (not s203_bd) (not s203_cd) s204_ab s204_ac (not s204_ad) (not s204_bc) (not s204_bd) (not s204_cd)
  s205_ab s205_ac (not s205_ad) (not s205_bc) (not s205_bd) (not s205_cd) s206_ab s206_ac (not s206_ad) (not s206_bc)
  (not s206_bd) (not s206_cd) s207_ab s207_ac (not s207_ad) (not s207_bc) (not s207_bd) (not s207_cd) s208_ab s208_ac
  (not s208_ad) (not s208_bc) (not s208_bd) (not s208_cd) s209_ab s209_ac (not s209_ad) (not s209_bc) (not s209_bd) (not s209_cd)
  s210_ab s210_ac (not s210_ad) (not s210_bc) (not s210_bd) (not s210_cd) s211_ab s211_ac (not s211_ad) (not s211_bc)
  (not s211_bd) (not s211_cd) s212_ab s212_ac (not s212_ad) (not s212_bc) (not s212_bd) (not s212_cd) s213_ab s213_ac
  (not s213_ad) (not s213_bc) (not s213_bd) (not s213_cd) s214_ab s214_ac (not s214_ad) (not s214_bc) (not s214_bd) (not s214_cd)
  s215_ab s215_ac (not s215_ad) (not s215_bc) (not s215_bd) (not s215_cd) s216_ab s216_ac s216_ad (not s216_bc)
  (not s216_bd) (not s216_cd) s217_ab s217_ac s217_ad (not s217_bc) (not s217_bd) (not s217_cd) s218_ab s218_ac
  s218_ad (not s218_bc) (not s218_bd) (not s218_cd) s219_ab s219_ac s219_ad (not s219_bc) (not s219_bd) (not s219_cd)
  s220_ab s220_ac s220_ad (not s220_bc) (not s220_bd) (not s220_cd) s221_ab s221_ac s221_ad (not s221_bc)
  (not s221_bd) (not s221_cd) s222_ab s222_ac s222_ad (not s222_bc) (not s222_bd) (not s222_cd) s223_ab s223_ac
  s223_ad (not s223_bc) (not s223_bd) (not s223_cd) s224_ab s224_ac s224_ad (not s224_bc) (not s224_bd) (not s224_cd)
  s225_ab s225_ac s225_ad (not s225_bc) (not s225_bd) (not s225_cd) s226_ab s226_ac s226_ad (not s226_bc)
  (not s226_bd) (not s226_cd) s227_ab s227_ac s227_ad (not s227_bc) (not s227_bd) (not s227_cd) s228_ab s228_ac
  s228_ad (not s228_bc) (not s228_bd) (not s228_cd) s229_ab s229_ac s229_ad (not s229_bc) (not s229_bd) (not s229_cd)
  s230_ab s230_ac s230_ad (not s230_bc) (not s230_bd) (not s230_cd) s231_ab s231_ac s231_ad (not s231_bc)
  (not s231_bd) (not s231_cd) s232_ab s232_ac s232_ad (not s232_bc) (not s232_bd) (not s232_cd) s233_ab s233_ac
  s233_ad (not s233_bc) (not s233_bd) (not s233_cd) s234_ab s234_ac s234_ad (not s234_bc) (not s234_bd) (not s234_cd)
  s235_ab s235_ac s235_ad (not s235_bc) (not s235_bd) (not s235_cd) s236_ab s236_ac s236_ad (not s236_bc)
  (not s236_bd) (not s236_cd) s237_ab s237_ac s237_ad (not s237_bc) (not s237_bd) (not s237_cd) s238_ab s238_ac
  s238_ad (not s238_bc) (not s238_bd) (not s238_cd) s239_ab s239_ac s239_ad (not s239_bc) (not s239_bd) (not s239_cd)
  s240_ab (not s240_ac) s240_ad (not s240_bc) (not s240_bd) s240_cd s241_ab (not s241_ac) s241_ad (not s241_bc)
  (not s241_bd) s241_cd s242_ab (not s242_ac) s242_ad (not s242_bc) (not s242_bd) s242_cd s243_ab (not s243_ac)
  s243_ad (not s243_bc) (not s243_bd) s243_cd s244_ab (not s244_ac) s244_ad (not s244_bc) (not s244_bd) s244_cd
  s245_ab (not s245_ac) s245_ad (not s245_bc) (not s245_bd) s245_cd s246_ab (not s246_ac) s246_ad (not s246_bc)
  (not s246_bd) s246_cd s247_ab (not s247_ac) s247_ad (not s247_bc) (not s247_bd) s247_cd s248_ab (not s248_ac)
  s248_ad (not s248_bc) (not s248_bd) s248_cd s249_ab (not s249_ac) s249_ad (not s249_bc) (not s249_bd) s249_cd
  s250_ab (not s250_ac) s250_ad (not s250_bc) (not s250_bd) s250_cd s251_ab (not s251_ac) s251_ad (not s251_bc)
  (not s251_bd) s251_cd s252_ab (not s252_ac) s252_ad (not s252_bc) (not s252_bd) s252_cd s253_ab (not s253_ac)
  s253_ad (not s253_bc) (not s253_bd) s253_cd s254_ab (not s254_ac) s254_ad (not s254_bc) (not s254_bd) s254_cd
  s255_ab (not s255_ac) s255_ad (not s255_bc) (not s255_bd) s255_cd s256_ab (not s256_ac) s256_ad (not s256_bc)
  (not s256_bd) s256_cd s257_ab (not s257_ac) s257_ad (not s257_bc) (not s257_bd) s257_cd s258_ab (not s258_ac)
  s258_ad (not s258_bc) (not s258_bd) s258_cd s259_ab (not s259_ac) s259_ad (not s259_bc) (not s259_bd) s259_cd
  s260_ab (not s260_ac) s260_ad (not s260_bc) (not s260_bd) s260_cd s261_ab (not s261_ac) s261_ad (not s261_bc)
  (not s261_bd) s261_cd s262_ab (not s262_ac) s262_ad (not s262_bc) (not s262_bd) s262_cd s263_ab (not s263_ac)
  s263_ad (not s263_bc) (not s263_bd) s263_cd s264_ab s264_ac s264_ad (not s264_bc) (not s264_bd) s264_cd
  s265_ab s265_ac s265_ad (not s265_bc) (not s265_bd) s265_cd s266_ab s266_ac s266_ad (not s266_bc)
  (not s266_bd) s266_cd s267_ab s267_ac s267_ad (not s267_bc) (not s267_bd) s267_cd s268_ab s268_ac
  s268_ad (not s268_bc) (not s268_bd) s268_cd s269_ab s269_ac s269_ad (not s269_bc) (not s269_bd) s269_cd
  s270_ab s270_ac s270_ad (not s270_bc) (not s270_bd) s270_cd s271_ab s271_ac s271_ad (not s271_bc)
  (not s271_bd) s271_cd s272_ab s272_ac s272_ad (not s272_bc) (not s272_bd) s272_cd s273_ab s273_ac
  s273_ad (not s273_bc) (not s273_bd) s273_cd s274_ab s274_ac s274_ad (not s274_bc) (not s274_bd) s274_cd
  s275_ab s275_ac s275_ad (not s275_bc) (not s275_bd) s275_cd s276_ab s276_ac s276_ad (not s276_bc)
  (not s276_bd) s276_cd s277_ab s277_ac s277_ad (not s277_bc) (not s277_bd) s277_cd s278_ab s278_ac
  s278_ad (not s278_bc) (not s278_bd) s278_cd s279_ab s279_ac s279_ad (not s279_bc) (not s279_bd) s279_cd
  s280_ab s280_ac s280_ad (not s280_bc) (not s280_bd) s280_cd s281_ab s281_ac s281_ad (not s281_bc)
  (not s281_bd) s281_cd s282_ab s282_ac s282_ad (not s282_bc) (not s282_bd) s282_cd s283_ab s283_ac
  s283_ad (not s283_bc) (not s283_bd) s283_cd s284_ab s284_ac s284_ad (not s284_bc) (not s284_bd) s284_cd
  s285_ab s285_ac s285_ad (not s285_bc) (not s285_bd) s285_cd s286_ab s286_ac s286_ad (not s286_bc)
  (not s286_bd) s286_cd s287_ab s287_ac s287_ad (not s287_bc) (not s287_bd) s287_cd (not s288_ab) s288_ac
  (not s288_ad) s288_bc (not s288_bd) (not s288_cd) (not s289_ab) s289_ac (not s289_ad) s289_bc (not s289_bd) (not s289_cd)
  (not s290_ab) s290_ac (not s290_ad) s290_bc (not s290_bd) (not s290_cd) (not s291_ab) s291_ac (not s291_ad) s291_bc
  (not s291_bd) (not s291_cd) (not s292_ab) s292_ac (not s292_ad) s292_bc (not s292_bd) (not s292_cd) (not s293_ab) s293_ac
  (not s293_ad) s293_bc (not s293_bd) (not s293_cd) (not s294_ab) s294_ac (not s294_ad) s294_bc (not s294_bd) (not s294_cd)
  (not s295_ab) s295_ac (not s295_ad) s295_bc (not s295_bd) (not s295_cd) (not s296_ab) s296_ac (not s296_ad) s296_bc
  (not s296_bd) (not s296_cd) (not s297_ab) s297_ac (not s297_ad) s297_bc (not s297_bd) (not s297_cd) (not s298_ab) s298_ac
  (not s298_ad) s298_bc (not s298_bd) (not s298_cd) (not s299_ab) s299_ac (not s299_ad) s299_bc (not s299_bd) (not s299_cd)
  (not s300_ab) s300_ac (not s300_ad) s300_bc (not s300_bd) (not s300_cd) (not s301_ab) s301_ac (not s301_ad) s301_bc
  (not s301_bd) (not s301_cd) (not s302_ab) s302_ac (not s302_ad) s302_bc (not s302_bd) (not s302_cd) (not s303_ab) s303_ac
  (not s303_ad) s303_bc (not s303_bd) (not s303_cd) (not s304_ab) s304_ac (not s304_ad) s304_bc (not s304_bd) (not s304_cd)
  (not s305_ab) s305_ac (not s305_ad) s305_bc (not s305_bd) (not s305_cd) (not s306_ab) s306_ac (not s306_ad) s306_bc
  (not s306_bd) (not s306_cd) (not s307_ab) s307_ac (not s307_ad) s307_bc (not s307_bd) (not s307_cd) (not s308_ab) s308_ac
  (not s308_ad) s308_bc (not s308_bd) (not s308_cd) (not s309_ab) s309_ac (not s309_ad) s309_bc (not s309_bd) (not s309_cd)
  (not s310_ab) s310_ac (not s310_ad) s310_bc (not s310_bd) (not s310_cd) (not s311_ab) s311_ac (not s311_ad) s311_bc
  (not s311_bd) (not s311_cd) (not s312_ab) s312_ac (not s312_ad) s312_bc s312_bd (not s312_cd) (not s313_ab) s313_ac
  (not s313_ad) s313_bc s313_bd (not s313_cd) (not s314_ab) s314_ac (not s314_ad) s314_bc s314_bd (not s314_cd)
  (not s315_ab) s315_ac (not s315_ad) s315_bc s315_bd (not s315_cd) (not s316_ab) s316_ac (not s316_ad) s316_bc
  s316_bd (not s316_cd) (not s317_ab) s317_ac (not s317_ad) s317_bc s317_bd (not s317_cd) (not s318_ab) s318_ac
  (not s318_ad) s318_bc s318_bd (not s318_cd) (not s319_ab) s319_ac (not s319_ad) s319_bc s319_bd (not s319_cd)
  (not s320_ab) s320_ac (not s320_ad) s320_bc s320_bd (not s320_cd) (not s321_ab) s321_ac (not s321_ad) s321_bc
  s321_bd (not s321_cd) (not s322_ab) s322_ac (not s322_ad) s322_bc s322_bd (not s322_cd) (not s323_ab) s323_ac
  (not s323_ad) s323_bc s323_bd (not s323_cd) (not s324_ab) s324_ac (not s324_ad) s324_bc s324_bd (not s324_cd)
  (not s325_ab) s325_ac (not s325_ad) s325_bc s325_bd (not s325_cd) (not s326_ab) s326_ac (not s326_ad) s326_bc
  s326_bd (not s326_cd) (not s327_ab) s327_ac (not s327_ad) s327_bc s327_bd (not s327_cd) (not s328_ab) s328_ac
  (not s328_ad) s328_bc s328_bd (not s328_cd) (not s329_ab) s329_ac (not s329_ad) s329_bc s329_bd (not s329_cd)
  (not s330_ab) s330_ac (not s330_ad) s330_bc s330_bd (not s330_cd) (not s331_ab) s331_ac (not s331_ad) s331_bc
  s331_bd (not s331_cd) (not s332_ab) s332_ac (not s332_ad) s332_bc s332_bd (not s332_cd) (not s333_ab) s333_ac
  (not s333_ad) s333_bc s333_bd (not s333_cd) (not s334_ab) s334_ac (not s334_ad) s334_bc s334_bd (not s334_cd)
  (not s335_ab) s335_ac (not s335_ad) s335_bc s335_bd (not s335_cd) s336_ab s336_ac (not s336_ad) s336_bc
  (not s336_bd) (not s336_cd) s337_ab s337_ac (not s337_ad) s337_bc (not s337_bd) (not s337_cd) s338_ab s338_ac
  (not s338_ad) s338_bc (not s338_bd) (not s338_cd) s339_ab s339_ac (not s339_ad) s339_bc (not s339_bd) (not s339_cd)
  s340_ab s340_ac (not s340_ad) s340_bc (not s340_bd) (not s340_cd) s341_ab s341_ac (not s341_ad) s341_bc
  (not s341_bd) (not s341_cd) s342_ab s342_ac (not s342_ad) s342_bc (not s342_bd) (not s342_cd) s343_ab s343_ac
  (not s343_ad) s343_bc (not s343_bd) (not s343_cd) s344_ab s344_ac (not s344_ad) s344_bc (not s344_bd) (not s344_cd)
  s345_ab s345_ac (not s345_ad) s345_bc (not s345_bd) (not s345_cd) s346_ab s346_ac (not s346_ad) s346_bc
  (not s346_bd) (not s346_cd) s347_ab s347_ac (not s347_ad) s347_bc (not s347_bd) (not s347_cd) s348_ab s348_ac
  (not s348_ad) s348_bc (not s348_bd) (not s348_cd) s349_ab s349_ac (not s349_ad) s349_bc (not s349_bd) (not s349_cd)
  s350_ab s350_ac (not s350_ad) s350_bc (not s350_bd) (not s350_cd) s351_ab s351_ac (not s351_ad) s351_bc
  (not s351_bd) (not s351_cd) s352_ab s352_ac (not s352_ad) s352_bc (not s352_bd) (not s352_cd) s353_ab s353_ac
  (not s353_ad) s353_bc (not s353_bd) (not s353_cd) s354_ab s354_ac (not s354_ad) s354_bc (not s354_bd) (not s354_cd)
  s355_ab s355_ac (not s355_ad) s355_bc (not s355_bd) (not s355_cd) s356_ab s356_ac (not s356_ad) s356_bc
  (not s356_bd) (not s356_cd) s357_ab s357_ac (not s357_ad) s357_bc (not s357_bd) (not s357_cd) s358_ab s358_ac
  (not s358_ad) s358_bc (not s358_bd) (not s358_cd) s359_ab s359_ac (not s359_ad) s359_bc (not s359_bd) (not s359_cd)
  s360_ab s360_ac s360_ad s360_bc (not s360_bd) (not s360_cd) s361_ab s361_ac s361_ad s361_bc
  (not s361_bd) (not s361_cd) s362_ab s362_ac s362_ad s362_bc (not s362_bd) (not s362_cd) s363_ab s363_ac
  s363_ad s363_bc (not s363_bd) (not s363_cd) s364_ab s364_ac s364_ad s364_bc (not s364_bd) (not s364_cd)
  s365_ab s365_ac s365_ad s365_bc (not s365_bd) (not s365_cd) s366_ab s366_ac s366_ad s366_bc
  (not s366_bd) (not s366_cd) s367_ab s367_ac s367_ad s367_bc (not s367_bd) (not s367_cd) s368_ab s368_ac
  s368_ad s368_bc (not s368_bd) (not s368_cd) s369_ab s369_ac s369_ad s369_bc (not s369_bd) (not s369_cd)
  s370_ab s370_ac s370_ad s370_bc (not s370_bd) (not s370_cd) s371_ab s371_ac s371_ad s371_bc
  (not s371_bd) (not s371_cd) s372_ab s372_ac s372_ad s372_bc (not s372_bd) (not s372_cd) s373_ab s373_ac
  s373_ad s373_bc (not s373_bd) (not s373_cd) s374_ab s374_ac s374_ad s374_bc (not s374_bd) (not s374_cd)
  s375_ab s375_ac s375_ad s375_bc (not s375_bd) (not s375_cd) s376_ab s376_ac s376_ad s376_bc
  (not s376_bd) (not s376_cd) s377_ab s377_ac s377_ad s377_bc (not s377_bd) (not s377_cd) s378_ab s378_ac
  s378_ad s378_bc (not s378_bd) (not s378_cd) s379_ab s379_ac s379_ad s379_bc (not s379_bd) (not s379_cd)
  s380_ab s380_ac s380_ad s380_bc (not s380_bd) (not s380_cd) s381_ab s381_ac s381_ad s381_bc
  (not s381_bd) (not s381_cd) s382_ab s382_ac s382_ad s382_bc (not s382_bd) (not s382_cd) s383_ab s383_ac
  s383_ad s383_bc (not s383_bd) (not s383_cd) (not s384_ab) s384_ac s384_ad s384_bc s384_bd (not s384_cd)
  (not s385_ab) s385_ac s385_ad s385_bc s385_bd (not s385_cd) (not s386_ab) s386_ac s386_ad s386_bc
  s386_bd (not s386_cd) (not s387_ab) s387_ac s387_ad s387_bc s387_bd (not s387_cd) (not s388_ab) s388_ac
  s388_ad s388_bc s388_bd (not s388_cd) (not s389_ab) s389_ac s389_ad s389_bc s389_bd (not s389_cd)
  (not s390_ab) s390_ac s390_ad s390_bc s390_bd (not s390_cd) (not s391_ab) s391_ac s391_ad s391_bc
  s391_bd (not s391_cd) (not s392_ab) s392_ac s392_ad s392_bc s392_bd (not s392_cd) (not s393_ab) s393_ac
  s393_ad s393_bc s393_bd (not s393_cd) (not s394_ab) s394_ac s394_ad s394_bc s394_bd (not s394_cd)
  (not s395_ab) s395_ac s395_ad s395_bc s395_bd (not s395_cd) (not s396_ab) s396_ac s396_ad s396_bc
  s396_bd (not s396_cd) (not s397_ab) s397_ac s397_ad s397_bc s397_bd (not s397_cd) (not s398_ab) s398_ac
  s398_ad s398_bc s398_bd (not s398_cd) (not s399_ab) s399_ac s399_ad s399_bc s399_bd (not s399_cd)
  (not s400_ab) s400_ac s400_ad s400_bc s400_bd (not s400_cd) (not s401_ab) s401_ac s401_ad s401_bc
  s401_bd (not s401_cd) (not s402_ab) s402_ac s402_ad s402_bc s402_bd (not s402_cd) (not s403_ab) s403_ac
  s403_ad s403_bc s403_bd (not s403_cd) (not s404_ab) s404_ac s404_ad s404_bc s404_bd (not s404_cd)
  (not s405_ab) s405_ac s405_ad s405_bc s405_bd (not s405_cd) (not s406_ab) s406_ac s406_ad s406_bc
  s406_bd (not s406_cd) (not s407_ab) s407_ac s407_ad s407_bc s407_bd (not s407_cd) s408_ab s408_ac
  s408_ad s408_bc s408_bd (not s408_cd) s409_ab s409_ac s409_ad s409_bc s409_bd (not s409_cd)
  s410_ab s410_ac s410_ad s410_bc s410_bd (not s410_cd) s411_ab s411_ac s411_ad s411_bc
  s411_bd (not s411_cd) s412_ab s412_ac s412_ad s412_bc s412_bd (not s412_cd) s413_ab s413_ac
  s413_ad s413_bc s413_bd (not s413_cd) s414_ab s414_ac s414_ad s414_bc s414_bd (not s414_cd)
  s415_ab s415_ac s415_ad s415_bc s415_bd (not s415_cd) s416_ab s416_ac s416_ad s416_bc
  s416_bd (not s416_cd) s417_ab s417_ac s417_ad s417_bc s417_bd (not s417_cd) s418_ab s418_ac
  s418_ad s418_bc s418_bd (not s418_cd) s419_ab s419_ac s419_ad s419_bc s419_bd (not s419_cd)
  s420_ab s420_ac s420_ad s420_bc s420_bd (not s420_cd) s421_ab s421_ac s421_ad s421_bc
  s421_bd (not s421_cd) s422_ab s422_ac s422_ad s422_bc s422_bd (not s422_cd) s423_ab s423_ac
  s423_ad s423_bc s423_bd (not s423_cd) s424_ab s424_ac s424_ad s424_bc s424_bd (not s424_cd)
  s425_ab s425_ac s425_ad s425_bc s425_bd (not s425_cd) s426_ab s426_ac s426_ad s426_bc
  s426_bd (not s426_cd) s427_ab s427_ac s427_ad s427_bc s427_bd (not s427_cd) s428_ab s428_ac
  s428_ad s428_bc s428_bd (not s428_cd) s429_ab s429_ac s429_ad s429_bc s429_bd (not s429_cd)
  s430_ab s430_ac s430_ad s430_bc s430_bd (not s430_cd) s431_ab s431_ac s431_ad s431_bc
  s431_bd (not s431_cd) (not s432_ab) (not s432_ac) s432_ad (not s432_bc) s432_bd s432_cd (not s433_ab) (not s433_ac)
  s433_ad (not s433_bc) s433_bd s433_cd (not s434_ab) (not s434_ac) s434_ad (not s434_bc) s434_bd s434_cd
  (not s435_ab) (not s435_ac) s435_ad (not s435_bc) s435_bd s435_cd (not s436_ab) (not s436_ac) s436_ad (not s436_bc)
  s436_bd s436_cd (not s437_ab) (not s437_ac) s437_ad (not s437_bc) s437_bd s437_cd (not s438_ab) (not s438_ac)
  s438_ad (not s438_bc) s438_bd s438_cd (not s439_ab) (not s439_ac) s439_ad (not s439_bc) s439_bd s439_cd
  (not s440_ab) (not s440_ac) s440_ad (not s440_bc) s440_bd s440_cd (not s441_ab) (not s441_ac) s441_ad (not s441_bc)
  s441_bd s441_cd (not s442_ab) (not s442_ac) s442_ad (not s442_bc) s442_bd s442_cd (not s443_ab) (not s443_ac)
  s443_ad (not s443_bc) s443_bd s443_cd (not s444_ab) (not s444_ac) s444_ad (not s444_bc) s444_bd s444_cd
  (not s445_ab) (not s445_ac) s445_ad (not s445_bc) s445_bd s445_cd (not s446_ab) (not s446_ac) s446_ad (not s446_bc)
  s446_bd s446_cd (not s447_ab) (not s447_ac) s447_ad (not s447_bc) s447_bd s447_cd (not s448_ab) (not s448_ac)
  s448_ad (not s448_bc) s448_bd s448_cd (not s449_ab) (not s449_ac) s449_ad (not s449_bc) s449_bd s449_cd
  (not s450_ab) (not s450_ac) s450_ad (not s450_bc) s450_bd s450_cd (not s451_ab) (not s451_ac) s451_ad (not s451_bc)
  s451_bd s451_cd (not s452_ab) (not s452_ac) s452_ad (not s452_bc) s452_bd s452_cd (not s453_ab) (not s453_ac)
  s453_ad (not s453_bc) s453_bd s453_cd (not s454_ab) (not s454_ac) s454_ad (not s454_bc) s454_bd s454_cd
  (not s455_ab) (not s455_ac) s455_ad (not s455_bc) s455_bd s455_cd (not s456_ab) (not s456_ac) s456_ad s456_bc
  s456_bd s456_cd (not s457_ab) (not s457_ac) s457_ad s457_bc s457_bd s457_cd (not s458_ab) (not s458_ac)
  s458_ad s458_bc s458_bd s458_cd (not s459_ab) (not s459_ac) s459_ad s459_bc s459_bd s459_cd
  (not s460_ab) (not s460_ac) s460_ad s460_bc s460_bd s460_cd (not s461_ab) (not s461_ac) s461_ad s461_bc
  s461_bd s461_cd (not s462_ab) (not s462_ac) s462_ad s462_bc s462_bd s462_cd (not s463_ab) (not s463_ac)
  s463_ad s463_bc s463_bd s463_cd (not s464_ab) (not s464_ac) s464_ad s464_bc s464_bd s464_cd
  (not s465_ab) (not s465_ac) s465_ad s465_bc s465_bd s465_cd (not s466_ab) (not s466_ac) s466_ad s466_bc
  s466_bd s466_cd (not s467_ab) (not s467_ac) s467_ad s467_bc s467_bd s467_cd (not s468_ab) (not s468_ac)
  s468_ad s468_bc s468_bd s468_cd (not s469_ab) (not s469_ac) s469_ad s469_bc s469_bd s469_cd
  (not s470_ab) (not s470_ac) s470_ad s470_bc s470_bd s470_cd (not s471_ab) (not s471_ac) s471_ad s471_bc
  s471_bd s471_cd (not s472_ab) (not s472_ac) s472_ad s472_bc s472_bd s472_cd (not s473_ab) (not s473_ac)
  s473_ad s473_bc s473_bd s473_cd (not s474_ab) (not s474_ac) s474_ad s474_bc s474_bd s474_cd
  (not s475_ab) (not s475_ac) s475_ad s475_bc s475_bd s475_cd (not s476_ab) (not s476_ac) s476_ad s476_bc
  s476_bd s476_cd (not s477_ab) (not s477_ac) s477_ad s477_bc s477_bd s477_cd (not s478_ab) (not s478_ac)
  s478_ad s478_bc s478_bd s478_cd (not s479_ab) (not s479_ac) s479_ad s479_bc s479_bd s479_cd
  s480_ab (not s480_ac) s480_ad (not s480_bc) s480_bd s480_cd s481_ab (not s481_ac) s481_ad (not s481_bc)
  s481_bd s481_cd s482_ab (not s482_ac) s482_ad (not s482_bc) s482_bd s482_cd s483_ab (not s483_ac)
  s483_ad (not s483_bc) s483_bd s483_cd s484_ab (not s484_ac) s484_ad (not s484_bc) s484_bd s484_cd
  s485_ab (not s485_ac) s485_ad (not s485_bc) s485_bd s485_cd s486_ab (not s486_ac) s486_ad (not s486_bc)
  s486_bd s486_cd s487_ab (not s487_ac) s487_ad (not s487_bc) s487_bd s487_cd s488_ab (not s488_ac)
  s488_ad (not s488_bc) s488_bd s488_cd s489_ab (not s489_ac) s489_ad (not s489_bc) s489_bd s489_cd
  s490_ab (not s490_ac) s490_ad (not s490_bc) s490_bd s490_cd s491_ab (not s491_ac) s491_ad (not s491_bc)
  s491_bd s491_cd s492_ab (not s492_ac) s492_ad (not s492_bc) s492_bd s492_cd s493_ab (not s493_ac)
  s493_ad (not s493_bc) s493_bd s493_cd s494_ab (not s494_ac) s494_ad (not s494_bc) s494_bd s494_cd
  s495_ab (not s495_ac) s495_ad (not s495_bc) s495_bd s495_cd s496_ab (not s496_ac) s496_ad (not s496_bc)
  s496_bd s496_cd s497_ab (not s497_ac) s497_ad (not s497_bc) s497_bd s497_cd s498_ab (not s498_ac)
  s498_ad (not s498_bc) s498_bd s498_cd s499_ab (not s499_ac) s499_ad (not s499_bc) s499_bd s499_cd
  s500_ab (not s500_ac) s500_ad (not s500_bc) s500_bd s500_cd s501_ab (not s501_ac) s501_ad (not s501_bc)
  s501_bd s501_cd s502_ab (not s502_ac) s502_ad (not s502_bc) s502_bd s502_cd s503_ab (not s503_ac)
  s503_ad (not s503_bc) s503_bd s503_cd s504_ab s504_ac s504_ad (not s504_bc) s504_bd s504_cd
  s505_ab s505_ac s505_ad (not s505_bc) s505_bd s505_cd s506_ab s506_ac s506_ad (not s506_bc)
  s506_bd s506_cd s507_ab s507_ac s507_ad (not s507_bc) s507_bd s507_cd s508_ab s508_ac
  s508_ad (not s508_bc) s508_bd s508_cd s509_ab s509_ac s509_ad (not s509_bc) s509_bd s509_cd
  s510_ab s510_ac s510_ad (not s510_bc) s510_bd s510_cd s511_ab s511_ac s511_ad (not s511_bc)
  s511_bd s511_cd s512_ab s512_ac s512_ad (not s512_bc) s512_bd s512_cd s513_ab s513_ac
  s513_ad (not s513_bc) s513_bd s513_cd s514_ab s514_ac s514_ad (not s514_bc) s514_bd s514_cd
  s515_ab s515_ac s515_ad (not s515_bc) s515_bd s515_cd s516_ab s516_ac s516_ad (not s516_bc)
  s516_bd s516_cd s517_ab s517_ac s517_ad (not s517_bc) s517_bd s517_cd s518_ab s518_ac
  s518_ad (not s518_bc) s518_bd s518_cd s519_ab s519_ac s519_ad (not s519_bc) s519_bd s519_cd
  s520_ab s520_ac s520_ad (not s520_bc) s520_bd s520_cd s521_ab s521_ac s521_ad (not s521_bc)
  s521_bd s521_cd s522_ab s522_ac s522_ad (not s522_bc) s522_bd s522_cd s523_ab s523_ac
  s523_ad (not s523_bc) s523_bd s523_cd s524_ab s524_ac s524_ad (not s524_bc) s524_bd s524_cd
  s525_ab s525_ac s525_ad (not s525_bc) s525_bd s525_cd s526_ab s526_ac s526_ad (not s526_bc)
  s526_bd s526_cd s527_ab s527_ac s527_ad (not s527_bc) s527_bd s527_cd (not s528_ab) s528_ac
  s528_ad s528_bc s528_bd s528_cd (not s529_ab) s529_ac s529_ad s529_bc s529_bd s529_cd
  (not s530_ab) s530_ac s530_ad s530_bc s530_bd s530_cd (not s531_ab) s531_ac s531_ad s531_bc
  s531_bd s531_cd (not s532_ab) s532_ac s532_ad s532_bc s532_bd s532_cd (not s533_ab) s533_ac
  s533_ad s533_bc s533_bd s533_cd (not s534_ab) s534_ac s534_ad s534_bc s534_bd s534_cd
  (not s535_ab) s535_ac s535_ad s535_bc s535_bd s535_cd (not s536_ab) s536_ac s536_ad s536_bc
  s536_bd s536_cd (not s537_ab) s537_ac s537_ad s537_bc s537_bd s537_cd (not s538_ab) s538_ac
  s538_ad s538_bc s538_bd s538_cd (not s539_ab) s539_ac s539_ad s539_bc s539_bd s539_cd
  (not s540_ab) s540_ac s540_ad s540_bc s540_bd s540_cd (not s541_ab) s541_ac s541_ad s541_bc
  s541_bd s541_cd (not s542_ab) s542_ac s542_ad s542_bc s542_bd s542_cd (not s543_ab) s543_ac
  s543_ad s543_bc s543_bd s543_cd (not s544_ab) s544_ac s544_ad s544_bc s544_bd s544_cd
  (not s545_ab) s545_ac s545_ad s545_bc s545_bd s545_cd (not s546_ab) s546_ac s546_ad s546_bc
  s546_bd s546_cd (not s547_ab) s547_ac s547_ad s547_bc s547_bd s547_cd (not s548_ab) s548_ac
  s548_ad s548_bc s548_bd s548_cd (not s549_ab) s549_ac s549_ad s549_bc s549_bd s549_cd
  (not s550_ab) s550_ac s550_ad s550_bc s550_bd s550_cd (not s551_ab) s551_ac s551_ad s551_bc
  s551_bd s551_cd s552_ab s552_ac s552_ad s552_bc s552_bd s552_cd s553_ab s553_ac
  s553_ad s553_bc s553_bd s553_cd s554_ab s554_ac s554_ad s554_bc s554_bd s554_cd
  s555_ab s555_ac s555_ad s555_bc s555_bd s555_cd s556_ab s556_ac s556_ad s556_bc
  s556_bd s556_cd s557_ab s557_ac s557_ad s557_bc s557_bd s557_cd s558_ab s558_ac
  s558_ad s558_bc s558_bd s558_cd s559_ab s559_ac s559_ad s559_bc s559_bd s559_cd
  s560_ab s560_ac s560_ad s560_bc s560_bd s560_cd s561_ab s561_ac s561_ad s561_bc
  s561_bd s561_cd s562_ab s562_ac s562_ad s562_bc s562_bd s562_cd s563_ab s563_ac
  s563_ad s563_bc s563_bd s563_cd s564_ab s564_ac s564_ad s564_bc s564_bd s564_cd
  s565_ab s565_ac s565_ad s565_bc s565_bd s565_cd s566_ab s566_ac s566_ad s566_bc
  s566_bd s566_cd s567_ab s567_ac s567_ad s567_bc s567_bd s567_cd s568_ab s568_ac
  s568_ad s568_bc s568_bd s568_cd s569_ab s569_ac s569_ad s569_bc s569_bd s569_cd
  s570_ab s570_ac s570_ad s570_bc s570_bd s570_cd s571_ab s571_ac s571_ad s571_bc
  s571_bd s571_cd s572_ab s572_ac s572_ad s572_bc s572_bd s572_cd s573_ab s573_ac
  s573_ad s573_bc s573_bd s573_cd s574_ab s574_ac s574_ad s574_bc s574_bd s574_cd
  s575_ab s575_ac s575_ad s575_bc s575_bd s575_cd))
; voter 2 is not a dictator
(assert (or
  (not s0_ab) (not s0_ac) (not s0_ad) (not s0_bc) (not s0_bd) (not s0_cd) (not s1_ab) (not s1_ac) (not s1_ad) (not s1_bc)
  (not s1_bd) s1_cd (not s2_ab) (not s2_ac) (not s2_ad) s2_bc (not s2_bd) (not s2_cd) (not s3_ab) (not s3_ac)
  (not s3_ad) s3_bc s3_bd (not s3_cd) (not s4_ab) (not s4_ac) (not s4_ad) (not s4_bc) s4_bd s4_cd
  (not s5_ab) (not s5_ac) (not s5_ad) s5_bc s5_bd s5_cd s6_ab (not s6_ac) (not s6_ad) (not s6_bc)
  (not s6_bd) (not s6_cd) s7_ab (not s7_ac) (not s7_ad) (not s7_bc) (not s7_bd) s7_cd s8_ab s8_ac
  (not s8_ad) (not s8_bc) (not s8_bd) (not s8_cd) s9_ab s9_ac s9_ad (not s9_bc) (not s9_bd) (not s9_cd)
  s10_ab (not s10_ac) s10_ad (not s10_bc) (not s10_bd) s10_cd s11_ab s11_ac s11_ad (not s11_bc)
  (not s11_bd) s11_cd (not s12_ab) s12_ac (not s12_ad) s12_bc (not s12_bd) (not s12_cd) (not s13_ab) s13_ac
  (not s13_ad) s13_bc s13_bd (not s13_cd) s14_ab s14_ac (not s14_ad) s14_bc (not s14_bd) (not s14_cd)
  s15_ab s15_ac s15_ad s15_bc (not s15_bd) (not s15_cd) (not s16_ab) s16_ac s16_ad s16_bc
  s16_bd (not s16_cd) s17_ab s17_ac s17_ad s17_bc s17_bd (not s17_cd) (not s18_ab) (not s18_ac)
  s18_ad (not s18_bc) s18_bd s18_cd (not s19_ab) (not s19_ac) s19_ad s19_bc s19_bd s19_cd
  s20_ab (not s20_ac) s20_ad (not s20_bc) s20_bd s20_cd s21_ab s21_ac s21_ad (not s21_bc)
  s21_bd s21_cd (not s22_ab) s22_ac s22_ad s22_bc s22_bd s22_cd s23_ab s23_ac
  s23_ad s23_bc s23_bd s23_cd (not s24_ab) (not s24_ac) (not s24_ad) (not s24_bc) (not s24_bd) (not s24_cd)
  (not s25_ab) (not s25_ac) (not s25_ad) (not s25_bc) (not s25_bd) s25_cd (not s26_ab) (not s26_ac) (not s26_ad) s26_bc
  (not s26_bd) (not s26_cd) (not s27_ab) (not s27_ac) (not s27_ad) s27_bc s27_bd (not s27_cd) (not s28_ab) (not s28_ac)
  (not s28_ad) (not s28_bc) s28_bd s28_cd (not s29_ab) (not s29_ac) (not s29_ad) s29_bc s29_bd s29_cd
  s30_ab (not s30_ac) (not s30_ad) (not s30_bc) (not s30_bd) (not s30_cd) s31_ab (not s31_ac) (not s31_ad) (not s31_bc)
  (not s31_bd) s31_cd s32_ab s32_ac (not s32_ad) (not s32_bc) (not s32_bd) (not s32_cd) s33_ab s33_ac
  s33_ad (not s33_bc) (not s33_bd) (not s33_cd) s34_ab (not s34_ac) s34_ad (not s34_bc) (not s34_bd) s34_cd
  s35_ab s35_ac s35_ad (not s35_bc) (not s35_bd) s35_cd (not s36_ab) s36_ac (not s36_ad) s36_bc
  (not s36_bd) (not s36_cd) (not s37_ab) s37_ac (not s37_ad) s37_bc s37_bd (not s37_cd) s38_ab s38_ac
  (not s38_ad) s38_bc (not s38_bd) (not s38_cd) s39_ab s39_ac s39_ad s39_bc (not s39_bd) (not s39_cd)
  (not s40_ab) s40_ac s40_ad s40_bc s40_bd (not s40_cd) s41_ab s41_ac s41_ad s41_bc
  s41_bd (not s41_cd) (not s42_ab) (not s42_ac) s42_ad (not s42_bc) s42_bd s42_cd (not s43_ab) (not s43_ac)
  s43_ad s43_bc s43_bd s43_cd s44_ab (not s44_ac) s44_ad (not s44_bc) s44_bd s44_cd
  s45_ab s45_ac s45_ad (not s45_bc) s45_bd s45_cd (not s46_ab) s46_ac s46_ad s46_bc
  s46_bd s46_cd s47_ab s47_ac s47_ad s47_bc s47_bd s47_cd (not s48_ab) (not s48_ac)
  (not s48_ad) (not s48_bc) (not s48_bd) (not s48_cd) (not s49_ab) (not s49_ac) (not s49_ad) (not s49_bc) (not s49_bd) s49_cd
  (not s50_ab) (not s50_ac) (not s50_ad) s50_bc (not s50_bd) (not s50_cd) (not s51_ab) (not s51_ac) (not s51_ad) s51_bc
  s51_bd (not s51_cd) (not s52_ab) (not s52_ac) (not s52_ad) (not s52_bc) s52_bd s52_cd (not s53_ab) (not s53_ac)
  (not s53_ad) s53_bc s53_bd s53_cd s54_ab (not s54_ac) (not s54_ad) (not s54_bc) (not s54_bd) (not s54_cd)
  s55_ab (not s55_ac) (not s55_ad) (not s55_bc) (not s55_bd) s55_cd s56_ab s56_ac (not s56_ad) (not s56_bc)
  (not s56_bd) (not s56_cd) s57_ab s57_ac s57_ad (not s57_bc) (not s57_bd) (not s57_cd) s58_ab (not s58_ac)
  s58_ad (not s58_bc) (not s58_bd) s58_cd s59_ab s59_ac s59_ad (not s59_bc) (not s59_bd) s59_cd
  (not s60_ab) s60_ac (not s60_ad) s60_bc (not s60_bd) (not s60_cd) (not s61_ab) s61_ac (not s61_ad) s61_bc
  s61_bd (not s61_cd) s62_ab s62_ac (not s62_ad) s62_bc (not s62_bd) (not s62_cd) s63_ab s63_ac
  s63_ad s63_bc (not s63_bd) (not s63_cd) (not s64_ab) s64_ac s64_ad s64_bc s64_bd (not s64_cd)
  s65_ab s65_ac s65_ad s65_bc s65_bd (not s65_cd) (not s66_ab) (not s66_ac) s66_ad (not s66_bc)
  s66_bd s66_cd (not s67_ab) (not s67_ac) s67_ad s67_bc s67_bd s67_cd s68_ab (not s68_ac)
  s68_ad (not s68_bc) s68_bd s68_cd s69_ab s69_ac s69_ad (not s69_bc) s69_bd s69_cd
  (not s70_ab) s70_ac s70_ad s70_bc s70_bd s70_cd s71_ab s71_ac s71_ad s71_bc
  s71_bd s71_cd (not s72_ab) (not s72_ac) (not s72_ad) (not s72_bc) (not s72_bd) (not s72_cd) (not s73_ab) (not s73_ac)
  (not s73_ad) (not s73_bc) (not s73_bd) s73_cd (not s74_ab) (not s74_ac) (not s74_ad) s74_bc (not s74_bd) (not s74_cd)
  (not s75_ab) (not s75_ac) (not s75_ad) s75_bc s75_bd (not s75_cd) (not s76_ab) (not s76_ac) (not s76_ad) (not s76_bc)
  s76_bd s76_cd (not s77_ab) (not s77_ac) (not s77_ad) s77_bc s77_bd s77_cd s78_ab (not s78_ac)
  (not s78_ad) (not s78_bc) (not s78_bd) (not s78_cd) s79_ab (not s79_ac) (not s79_ad) (not s79_bc) (not s79_bd) s79_cd
  s80_ab s80_ac (not s80_ad) (not s80_bc) (not s80_bd) (not s80_cd) s81_ab s81_ac s81_ad (not s81_bc)
  (not s81_bd) (not s81_cd) s82_ab (not s82_ac) s82_ad (not s82_bc) (not s82_bd) s82_cd s83_ab s83_ac
  s83_ad (not s83_bc) (not s83_bd) s83_cd (not s84_ab) s84_ac (not s84_ad) s84_bc (not s84_bd) (not s84_cd)
  (not s85_ab) s85_ac (not s85_ad) s85_bc s85_bd (not s85_cd) s86_ab s86_ac (not s86_ad) s86_bc
  (not s86_bd) (not s86_cd) s87_ab s87_ac s87_ad s87_bc (not s87_bd) (not s87_cd) (not s88_ab) s88_ac
  s88_ad s88_bc s88_bd (not s88_cd) s89_ab s89_ac s89_ad s89_bc s89_bd (not s89_cd)
  (not s90_ab) (not s90_ac) s90_ad (not s90_bc) s90_bd s90_cd (not s91_ab) (not s91_ac) s91_ad s91_bc
  s91_bd s91_cd s92_ab (not s92_ac) s92_ad (not s92_bc) s92_bd s92_cd s93_ab s93_ac
  s93_ad (not s93_bc) s93_bd s93_cd (not s94_ab) s94_ac s94_ad s94_bc s94_bd s94_cd
  s95_ab s95_ac s95_ad s95_bc s95_bd s95_cd (not s96_ab) (not s96_ac) (not s96_ad) (not s96_bc)
  (not s96_bd) (not s96_cd) (not s97_ab) (not s97_ac) (not s97_ad) (not s97_bc) (not s97_bd) s97_cd (not s98_ab) (not s98_ac)
  (not s98_ad) s98_bc (not s98_bd) (not s98_cd) (not s99_ab) (not s99_ac) (not s99_ad) s99_bc s99_bd (not s99_cd)
  (not s100_ab) (not s100_ac) (not s100_ad) (not s100_bc) s100_bd s100_cd (not s101_ab) (not s101_ac) (not s101_ad) s101_bc
  s101_bd s101_cd s102_ab (not s102_ac) (not s102_ad) (not s102_bc) (not s102_bd) (not s102_cd) s103_ab (not s103_ac)
  (not s103_ad) (not s103_bc) (not s103_bd) s103_cd s104_ab s104_ac (not s104_ad) (not s104_bc) (not s104_bd) (not s104_cd)
  s105_ab s105_ac s105_ad (not s105_bc) (not s105_bd) (not s105_cd) s106_ab (not s106_ac) s106_ad (not s106_bc)
  (not s106_bd) s106_cd s107_ab s107_ac s107_ad (not s107_bc) (not s107_bd) s107_cd (not s108_ab) s108_ac
  (not s108_ad) s108_bc (not s108_bd) (not s108_cd) (not s109_ab) s109_ac (not s109_ad) s109_bc s109_bd (not s109_cd)
  s110_ab s110_ac (not s110_ad) s110_bc (not s110_bd) (not s110_cd) s111_ab s111_ac s111_ad s111_bc
  (not s111_bd) (not s111_cd) (not s112_ab) s112_ac s112_ad s112_bc s112_bd (not s112_cd) s113_ab s113_ac
  s113_ad s113_bc s113_bd (not s113_cd) (not s114_ab) (not s114_ac) s114_ad (not s114_bc) s114_bd s114_cd
  (not s115_ab) (not s115_ac) s115_ad s115_bc s115_bd s115_cd s116_ab (not s116_ac) s116_ad (not s116_bc)
  s116_bd s116_cd s117_ab s117_ac s117_ad (not s117_bc) s117_bd s117_cd (not s118_ab) s118_ac
  s118_ad s118_bc s118_bd s118_cd s119_ab s119_ac s119_ad s119_bc s119_bd s119_cd
  (not s120_ab) (not s120_ac) (not s120_ad) (not s120_bc) (not s120_bd) (not s120_cd) (not s121_ab) (not s121_ac) (not s121_ad) (not s121_bc)
  (not s121_bd) s121_cd (not s122_ab) (not s122_ac) (not s122_ad) s122_bc (not s122_bd) (not s122_cd) (not s123_ab) (not s123_ac)
  (not s123_ad) s123_bc s123_bd (not s123_cd) (not s124_ab) (not s124_ac) (not s124_ad) (not s124_bc) s124_bd s124_cd
  (not s125_ab) (not s125_ac) (not s125_ad) s125_bc s125_bd s125_cd s126_ab (not s126_ac) (not s126_ad) (not s126_bc)
  (not s126_bd) (not s126_cd) s127_ab (not s127_ac) (not s127_ad) (not s127_bc) (not s127_bd) s127_cd s128_ab s128_ac
  (not s128_ad) (not s128_bc) (not s128_bd) (not s128_cd) s129_ab s129_ac s129_ad (not s129_bc) (not s129_bd) (not s129_cd)
  s130_ab (not s130_ac) s130_ad (not s130_bc) (not s130_bd) s130_cd s131_ab s131_ac s131_ad (not s131_bc)
  (not s131_bd) s131_cd (not s132_ab) s132_ac (not s132_ad) s132_bc (not s132_bd) (not s132_cd) (not s133_ab) s133_ac
  (not s133_ad) s133_bc s133_bd (not s133_cd) s134_ab s134_ac (not s134_ad) s134_bc (not s134_bd) (not s134_cd)
  s135_ab s135_ac s135_ad s135_bc (not s135_bd) (not s135_cd) (not s136_ab) s136_ac s136_ad s136_bc
  s136_bd (not s136_cd) s137_ab s137_ac s137_ad s137_bc s137_bd (not s137_cd) (not s138_ab) (not s138_ac)
  s138_ad (not s138_bc) s138_bd s138_cd (not s139_ab) (not s139_ac) s139_ad s139_bc s139_bd s139_cd
  s140_ab (not s140_ac) s140_ad (not s140_bc) s140_bd s140_cd s141_ab s141_ac s141_ad (not s141_bc)
  s141_bd s141_cd (not s142_ab) s142_ac s142_ad s142_bc s142_bd s142_cd s143_ab s143_ac
  s143_ad s143_bc s143_bd s143_cd (not s144_ab) (not s144_ac) (not s144_ad) (not s144_bc) (not s144_bd) (not s144_cd)
  (not s145_ab) (not s145_ac) (not s145_ad) (not s145_bc) (not s145_bd) s145_cd (not s146_ab) (not s146_ac) (not s146_ad) s146_bc
  (not s146_bd) (not s146_cd) (not s147_ab) (not s147_ac) (not s147_ad) s147_bc s147_bd (not s147_cd) (not s148_ab) (not s148_ac)
  (not s148_ad) (not s148_bc) s148_bd s148_cd (not s149_ab) (not s149_ac) (not s149_ad) s149_bc s149_bd s149_cd
  s150_ab (not s150_ac) (not s150_ad) (not s150_bc) (not s150_bd) (not s150_cd) s151_ab (not s151_ac) (not s151_ad) (not s151_bc)
  (not s151_bd) s151_cd s152_ab s152_ac (not s152_ad) (not s152_bc) (not s152_bd) (not s152_cd) s153_ab s153_ac
  s153_ad (not s153_bc) (not s153_bd) (not s153_cd) s154_ab (not s154_ac) s154_ad (not s154_bc) (not s154_bd) s154_cd
  s155_ab s155_ac s155_ad (not s155_bc) (not s155_bd) s155_cd (not s156_ab) s156_ac (not s156_ad) s156_bc
  (not s156_bd) (not s156_cd) (not s157_ab) s157_ac (not s157_ad) s157_bc s157_bd (not s157_cd) s158_ab s158_ac
  (not s158_ad) s158_bc (not s158_bd) (not s158_cd) s159_ab s159_ac s159_ad s159_bc (not s159_bd) (not s159_cd)
  (not s160_ab) s160_ac s160_ad s160_bc s160_bd (not s160_cd) s161_ab s161_ac s161_ad s161_bc
  s161_bd (not s161_cd) (not s162_ab) (not s162_ac) s162_ad (not s162_bc) s162_bd s162_cd (not s163_ab) (not s163_ac)
  s163_ad s163_bc s163_bd s163_cd s164_ab (not s164_ac) s164_ad (not s164_bc) s164_bd s164_cd
  s165_ab s165_ac s165_ad (not s165_bc) s165_bd s165_cd (not s166_ab) s166_ac s166_ad s166_bc
  s166_bd s166_cd s167_ab s167_ac s167_ad s167_bc s167_bd s167_cd (not s168_ab) (not s168_ac)
  (not s168_ad) (not s168_bc) (not s168_bd) (not s168_cd) (not s169_ab) (not s169_ac) (not s169_ad) (not s169_bc) (not s169_bd) s169_cd
  (not s170_ab) (not s170_ac) (not s170_ad) s170_bc (not s170_bd) (not s170_cd) (not s171_ab) (not s171_ac) (not s171_ad) s171_bc
  s171_bd (not s171_cd) (not s172_ab) (not s172_ac) (not s172_ad) (not s172_bc) s172_bd s172_cd (not s173_ab) (not s173_ac)
  (not s173_ad) s173_bc s173_bd s173_cd s174_ab (not s174_ac) (not s174_ad) (not s174_bc) (not s174_bd) (not s174_cd)
  s175_ab (not s175_ac) (not s175_ad) (not s175_bc) (not s175_bd) s175_cd s176_ab s176_ac (not s176_ad) (not s176_bc)
  (not s176_bd) (not s176_cd) s177_ab s177_ac s177_ad (not s177_bc) (not s177_bd) (not s177_cd) s178_ab (not s178_ac)
  s178_ad (not s178_bc) (not s178_bd) s178_cd s179_ab s179_ac s179_ad (not s179_bc) (not s179_bd) s179_cd
  (not s180_ab) s180_ac (not s180_ad) s180_bc (not s180_bd) (not s180_cd) (not s181_ab) s181_ac (not s181_ad) s181_bc
  s181_bd (not s181_cd) s182_ab s182_ac (not s182_ad) s182_bc (not s182_bd) (not s182_cd) s183_ab s183_ac
  s183_ad s183_bc (not s183_bd) (not s183_cd) (not s184_ab) s184_ac s184_ad s184_bc s184_bd (not s184_cd)
  s185_ab s185_ac s185_ad s185_bc s185_bd (not s185_cd) (not s186_ab) (not s186_ac) s186_ad (not s186_bc)
  s186_bd s186_cd (not s187_ab) (not s187_ac) s187_ad s187_bc s187_bd s187_cd s188_ab (not s188_ac)
  s188_ad (not s188_bc) s188_bd s188_cd s189_ab s189_ac s189_ad (not s189_bc) s189_bd s189_cd
  (not s190_ab) s190_ac s190_ad s190_bc s190_bd s190_cd s191_ab s191_ac s191_ad s191_bc
  s191_bd s191_cd (not s192_ab) (not s192_ac) (not s192_ad) (not s192_bc) (not s192_bd) (not s192_cd) (not s193_ab) (not s193_ac)
  (not s193_ad) (not s193_bc) (not s193_bd) s193_cd (not s194_ab) (not s194_ac) (not s194_ad) s194_bc (not s194_bd) (not s194_cd)
  (not s195_ab) (not s195_ac) (not s195_ad) s195_bc s195_bd (not s195_cd) (not s196_ab) (not s196_ac) (not s196_ad) (not s196_bc)
  s196_bd s196_cd (not s197_ab) (not s197_ac) (not s197_ad) s197_bc s197_bd s197_cd s198_ab (not s198_ac)
  (not s198_ad) (not s198_bc) (not s198_bd) (not s198_cd) s199_ab (not s199_ac) (not s199_ad) (not s199_bc) (not s199_bd) s199_cd
  s200_ab s200_ac (not s200_ad) (not s200_bc) (not s200_bd) (not s200_cd) s201_ab s201_ac s201_ad (not s201_bc)
  (not s201_bd) (not s201_cd) s202_ab (not s202_ac) s202_ad (not s202_bc) (not s202_bd) s202_cd s203_ab s203_ac
  s203_ad (not s203_bc) (not s203_bd) s203_cd (not s204_ab) s204_ac (not s204_ad) s204_bc (not s204_bd) (not s204_cd)
  (not s205_ab) s205_ac (not s205_ad) s205_bc s205_bd (not s205_cd) s206_ab s206_ac (not s206_ad) s206_bc
  (not s206_bd) (not s206_cd) s207_ab s207_ac s207_ad s207_bc (not s207_bd) (not s207_cd) (not s208_ab) s208_ac
  s208_ad s208_bc s208_bd (not s208_cd) s209_ab s209_ac s209_ad s209_bc s209_bd (not s209_cd)
  (not s210_ab) (not s210_ac) s210_ad (not s210_bc) s210_bd s210_cd (not s211_ab) (not s211_ac) s211_ad s211_bc
  s211_bd s211_cd s212_ab (not s212_ac) s212_ad (not s212_bc) s212_bd s212_cd s213_ab s213_ac
  s213_ad (not s213_bc) s213_bd s213_cd (not s214_ab) s214_ac s214_ad s214_bc s214_bd s214_cd
  s215_ab s215_ac s215_ad s215_bc s215_bd s215_cd (not s216_ab) (not s216_ac) (not s216_ad) (not s216_bc)
  (not s216_bd) (not s216_cd) (not s217_ab) (not s217_ac) (not s217_ad) (not s217_bc) (not s217_bd) s217_cd (not s218_ab) (not s218_ac)
  (not s218_ad) s218_bc (not s218_bd) (not s218_cd) (not s219_ab) (not s219_ac) (not s219_ad) s219_bc s219_bd (not s219_cd)
  (not s220_ab) (not s220_ac) (not s220_ad) (not s220_bc) s220_bd s220_cd (not s221_ab) (not s221_ac) (not s221_ad) s221_bc
  s221_bd s221_cd s222_ab (not s222_ac) (not s222_ad) (not s222_bc) (not s222_bd) (not s222_cd) s223_ab (not s223_ac)
  (not s223_ad) (not s223_bc) (not s223_bd) s223_cd s224_ab s224_ac (not s224_ad) (not s224_bc) (not s224_bd) (not s224_cd)
  s225_ab s225_ac s225_ad (not s225_bc) (not s225_bd) (not s225_cd) s226_ab (not s226_ac) s226_ad (not s226_bc)
  (not s226_bd) s226_cd s227_ab s227_ac s227_ad (not s227_bc) (not s227_bd) s227_cd (not s228_ab) s228_ac
  (not s228_ad) s228_bc (not s228_bd) (not s228_cd) (not s229_ab) s229_ac (not s229_ad) s229_bc s229_bd (not s229_cd)
  s230_ab s230_ac (not s230_ad) s230_bc (not s230_bd) (not s230_cd) s231_ab s231_ac s231_ad s231_bc
  (not s231_bd) (not s231_cd) (not s232_ab) s232_ac s232_ad s232_bc s232_bd (not s232_cd) s233_ab s233_ac
  s233_ad s233_bc s233_bd (not s233_cd) (not s234_ab) (not s234_ac) s234_ad (not s234_bc) s234_bd s234_cd
  (not s235_ab) (not s235_ac) s235_ad s235_bc s235_bd s235_cd s236_ab (not s236_ac) s236_ad (not s236_bc)
  s236_bd s236_cd s237_ab s237_ac s237_ad (not s237_bc) s237_bd s237_cd (not s238_ab) s238_ac
  s238_ad s238_bc s238_bd s238_cd s239_ab s239_ac s239_ad s239_bc s239_bd s239_cd
  (not s240_ab) (not s240_ac) (not s240_ad) (not s240_bc) (not s240_bd) (not s240_cd) (not s241_ab) (not s241_ac) (not s241_ad) (not s241_bc)
  (not s241_bd) s241_cd (not s242_ab) (not s242_ac) (not s242_ad) s242_bc (not s242_bd) (not s242_cd) (not s243_ab) (not s243_ac)
  (not s243_ad) s243_bc s243_bd (not s243_cd) (not s244_ab) (not s244_ac) (not s244_ad) (not s244_bc) s244_bd s244_cd
  (not s245_ab) (not s245_ac) (not s245_ad) s245_bc s245_bd s245_cd s246_ab (not s246_ac) (not s246_ad) (not s246_bc)
  (not s246_bd) (not s246_cd) s247_ab (not s247_ac) (not s247_ad) (not s247_bc) (not s247_bd) s247_cd s248_ab s248_ac
  (not s248_ad) (not s248_bc) (not s248_bd) (not s248_cd) s249_ab s249_ac s249_ad (not s249_bc) (not s249_bd) (not s249_cd)
  s250_ab (not s250_ac) s250_ad (not s250_bc) (not s250_bd) s250_cd s251_ab s251_ac s251_ad (not s251_bc)
  (not s251_bd) s251_cd (not s252_ab) s252_ac (not s252_ad) s252_bc (not s252_bd) (not s252_cd) (not s253_ab) s253_ac
  (not s253_ad) s253_bc s253_bd (not s253_cd) s254_ab s254_ac (not s254_ad) s254_bc (not s254_bd) (not s254_cd)
  s255_ab s255_ac s255_ad s255_bc (not s255_bd) (not s255_cd) (not s256_ab) s256_ac s256_ad s256_bc
  s256_bd (not s256_cd) s257_ab s257_ac s257_ad s257_bc s257_bd (not s257_cd) (not s258_ab) (not s258_ac)
  s258_ad (not s258_bc) s258_bd s258_cd (not s259_ab) (not s259_ac) s259_ad s259_bc s259_bd s259_cd
  s260_ab (not s260_ac) s260_ad (not s260_bc) s260_bd s260_cd s261_ab s261_ac s261_ad (not s261_bc)
  s261_bd s261_cd (not s262_ab) s262_ac s262_ad s262_bc s262_bd s262_cd s263_ab s263_ac
  s263_ad s263_bc s263_bd s263_cd (not s264_ab) (not s264_ac) (not s264_ad) (not s264_bc) (not s264_bd) (not s264_cd)
  (not s265_ab) (not s265_ac) (not s265_ad) (not s265_bc) (not s265_bd) s265_cd (not s266_ab) (not s266_ac) (not s266_ad) s266_bc
  (not s266_bd) (not s266_cd) (not s267_ab) (not s267_ac) (not s267_ad) s267_bc s267_bd (not s267_cd) (not s268_ab) (not s268_ac)
  (not s268_ad) (not s268_bc) s268_bd s268_cd (not s269_ab) (not s269_ac) (not s269_ad) s269_bc s269_bd s269_cd
  s270_ab (not s270_ac) (not s270_ad) (not s270_bc) (not s270_bd) (not s270_cd) s271_ab (not s271_ac) (not s271_ad) (not s271_bc)
  (not s271_bd) s271_cd s272_ab s272_ac (not s272_ad) (not s272_bc) (not s272_bd) (not s272_cd) s273_ab s273_ac
  s273_ad (not s273_bc) (not s273_bd) (not s273_cd) s274_ab (not s274_ac) s274_ad (not s274_bc) (not s274_bd) s274_cd
  s275_ab s275_ac s275_ad (not s275_bc) (not s275_bd) s275_cd (not s276_ab) s276_ac (not s276_ad) s276_bc
  (not s276_bd) (not s276_cd) (not s277_ab) s277_ac (not s277_ad) s277_bc s277_bd (not s277_cd) s278_ab s278_ac
  (not s278_ad) s278_bc (not s278_bd) (not s278_cd) s279_ab s279_ac s279_ad s279_bc (not s279_bd) (not s279_cd)
  (not s280_ab) s280_ac s280_ad s280_bc s280_bd (not s280_cd) s281_ab s281_ac s281_ad s281_bc
  s281_bd (not s281_cd) (not s282_ab) (not s282_ac) s282_ad (not s282_bc) s282_bd s282_cd (not s283_ab) (not s283_ac)
  s283_ad s283_bc s283_bd s283_cd s284_ab (not s284_ac) s284_ad (not s284_bc) s284_bd s284_cd
  s285_ab s285_ac s285_ad (not s285_bc) s285_bd s285_cd (not s286_ab) s286_ac s286_ad s286_bc
  s286_bd s286_cd s287_ab s287_ac s287_ad s287_bc s287_bd s287_cd (not s288_ab) (not s288_ac)
  (not s288_ad) (not s288_bc) (not s288_bd) (not s288_cd) (not s289_ab) (not s289_ac) (not s289_ad) (not s289_bc) (not s289_bd) s289_cd
  (not s290_ab) (not s290_ac) (not s290_ad) s290_bc (not s290_bd) (not s290_cd) (not s291_ab) (not s291_ac) (not s291_ad) s291_bc
  s291_bd (not s291_cd) (not s292_ab) (not s292_ac) (not s292_ad) (not s292_bc) s292_bd s292_cd (not s293_ab) (not s293_ac)
  (not s293_ad) s293_bc s293_bd s293_cd s294_ab (not s294_ac) (not s294_ad) (not s294_bc) (not s294_bd) (not s294_cd)
  s295_ab (not s295_ac) (not s295_ad) (not s295_bc) (not s295_bd) s295_cd s296_ab s296_ac (not s296_ad) (not s296_bc)
  (not s296_bd) (not s296_cd) s297_ab s297_ac s297_ad (not s297_bc) (not s297_bd) (not s297_cd) s298_ab (not s298_ac)
  s298_ad (not s298_bc) (not s298_bd) s298_cd s299_ab s299_ac s299_ad (not s299_bc) (not s299_bd) s299_cd
  (not s300_ab) s300_ac (not s300_ad) s300_bc (not s300_bd) (not s300_cd) (not s301_ab) s301_ac (not s301_ad) s301_bc
  s301_bd (not s301_cd) s302_ab s302_ac (not s302_ad) s302_bc (not s302_bd) (not s302_cd) s303_ab s303_ac
  s303_ad s303_bc (not s303_bd) (not s303_cd) (not s304_ab) s304_ac s304_ad s304_bc s304_bd (not s304_cd)
  s305_ab s305_ac s305_ad s305_bc s305_bd (not s305_cd) (not s306_ab) (not s306_ac) s306_ad (not s306_bc)
  s306_bd s306_cd (not s307_ab) (not s307_ac) s307_ad s307_bc s307_bd s307_cd s308_ab (not s308_ac)
  s308_ad (not s308_bc) s308_bd s308_cd s309_ab s309_ac s309_ad (not s309_bc) s309_bd s309_cd
  (not s310_ab) s310_ac s310_ad s310_bc s310_bd s310_cd s311_ab s311_ac s311_ad s311_bc
  s311_bd s311_cd (not s312_ab) (not s312_ac) (not s312_ad) (not s312_bc) (not s312_bd) (not s312_cd) (not s313_ab) (not s313_ac)
  (not s313_ad) (not s313_bc) (not s313_bd) s313_cd (not s314_ab) (not s314_ac) (not s314_ad) s314_bc (not s314_bd) (not s314_cd)
  (not s315_ab) (not s315_ac) (not s315_ad) s315_bc s315_bd (not s315_cd) (not s316_ab) (not s316_ac) (not s316_ad) (not s316_bc)
  s316_bd s316_cd (not s317_ab) (not s317_ac) (not s317_ad) s317_bc s317_bd s317_cd s318_ab (not s318_ac)
  (not s318_ad) (not s318_bc) (not s318_bd) (not s318_cd) s319_ab (not s319_ac) (not s319_ad) (not s319_bc) (not s319_bd) s319_cd
  s320_ab s320_ac (not s320_ad) (not s320_bc) (not s320_bd) (not s320_cd) s321_ab s321_ac s321_ad (not s321_bc)
  (not s321_bd) (not s321_cd) s322_ab (not s322_ac) s322_ad (not s322_bc) (not s322_bd) s322_cd s323_ab s323_ac
  s323_ad (not s323_bc) (not s323_bd) s323_cd (not s324_ab) s324_ac (not s324_ad) s324_bc (not s324_bd) (not s324_cd)
  (not s325_ab) s325_ac (not s325_ad) s325_bc s325_bd (not s325_cd) s326_ab s326_ac (not s326_ad) s326_bc
  (not s326_bd) (not s326_cd) s327_ab s327_ac s327_ad s327_bc (not s327_bd) (not s327_cd) (not s328_ab) s328_ac
  s328_ad s328_bc s328_bd (not s328_cd) s329_ab s329_ac s329_ad s329_bc s329_bd (not s329_cd)
  (not s330_ab) (not s330_ac) s330_ad (not s330_bc) s330_bd s330_cd (not s331_ab) (not s331_ac) s331_ad s331_bc
  s331_bd s331_cd s332_ab (not s332_ac) s332_ad (not s332_bc) s332_bd s332_cd s333_ab s333_ac
  s333_ad (not s333_bc) s333_bd s333_cd (not s334_ab) s334_ac s334_ad s334_bc s334_bd s334_cd
  s335_ab s335_ac s335_ad s335_bc s335_bd s335_cd (not s336_ab) (not s336_ac) (not s336_ad) (not s336_bc)
  (not s336_bd) (not s336_cd) (not s337_ab) (not s337_ac) (not s337_ad) (not s337_bc) (not s337_bd) s337_cd (not s338_ab) (not s338_ac)
  (not s338_ad) s338_bc (not s338_bd) (not s338_cd) (not s339_ab) (not s339_ac) (not s339_ad) s339_bc s339_bd (not s339_cd)
  (not s340_ab) (not s340_ac) (not s340_ad) (not s340_bc) s340_bd s340_cd (not s341_ab) (not s341_ac) (not s341_ad) s341_bc
  s341_bd s341_cd s342_ab (not s342_ac) (not s342_ad) (not s342_bc) (not s342_bd) (not s342_cd) s343_ab (not s343_ac)
  (not s343_ad) (not s343_bc) (not s343_bd) s343_cd s344_ab s344_ac (not s344_ad) (not s344_bc) (not s344_bd) (not s344_cd)
  s345_ab s345_ac s345_ad (not s345_bc) (not s345_bd) (not s345_cd) s346_ab (not s346_ac) s346_ad (not s346_bc)
  (not s346_bd) s346_cd s347_ab s347_ac s347_ad (not s347_bc) (not s347_bd) s347_cd (not s348_ab) s348_ac
  (not s348_ad) s348_bc (not s348_bd) (not s348_cd) (not s349_ab) s349_ac (not s349_ad) s349_bc s349_bd (not s349_cd)
  s350_ab s350_ac (not s350_ad) s350_bc (not s350_bd) (not s350_cd) s351_ab s351_ac s351_ad s351_bc
  (not s351_bd) (not s351_cd) (not s352_ab) s352_ac s352_ad s352_bc s352_bd (not s352_cd) s353_ab s353_ac
  s353_ad s353_bc s353_bd (not s353_cd) (not s354_ab) (not s354_ac) s354_ad (not s354_bc) s354_bd s354_cd
  (not s355_ab) (not s355_ac) s355_ad s355_bc s355_bd s355_cd s356_ab (not s356_ac) s356_ad (not s356_bc)
  s356_bd s356_cd s357_ab s357_ac s357_ad (not s357_bc) s357_bd s357_cd (not s358_ab) s358_ac
  s358_ad s358_bc s358_bd s358_cd s359_ab s359_ac s359_ad s359_bc s359_bd s359_cd
  (not s360_ab) (not s360_ac) (not s360_ad) (not s360_bc) (not s360_bd) (not s360_cd) (not s361_ab) (not s361_ac) (not s361_ad) (not s361_bc)
  (not s361_bd) s361_cd (not s362_ab) (not s362_ac) (not s362_ad) s362_bc (not s362_bd) (not s362_cd) (not s363_ab) (not s363_ac)
  (not s363_ad) s363_bc s363_bd (not s363_cd) (not s364_ab) (not s364_ac) (not s364_ad) (not s364_bc) s364_bd s364_cd
  (not s365_ab) (not s365_ac) (not s365_ad) s365_bc s365_bd s365_cd s366_ab (not s366_ac) (not s366_ad) (not s366_bc)
  (not s366_bd) (not s366_cd) s367_ab (not s367_ac) (not s367_ad) (not s367_bc) (not s367_bd) s367_cd s368_ab s368_ac
  (not s368_ad) (not s368_bc) (not s368_bd) (not s368_cd) s369_ab s369_ac s369_ad (not s369_bc) (not s369_bd) (not s369_cd)
  s370_ab (not s370_ac) s370_ad (not s370_bc) (not s370_bd) s370_cd s371_ab s371_ac s371_ad (not s371_bc)
  (not s371_bd) s371_cd (not s372_ab) s372_ac (not s372_ad) s372_bc (not s372_bd) (not s372_cd) (not s373_ab) s373_ac
  (not s373_ad) s373_bc s373_bd (not s373_cd) s374_ab s374_ac (not s374_ad) s374_bc (not s374_bd) (not s374_cd)
  s375_ab s375_ac s375_ad s375_bc (not s375_bd) (not s375_cd) (not s376_ab) s376_ac s376_ad s376_bc
  s376_bd (not s376_cd) s377_ab s377_ac s377_ad s377_bc s377_bd (not s377_cd) (not s378_ab) (not s378_ac)
  s378_ad (not s378_bc) s378_bd s378_cd (not s379_ab) (not s379_ac) s379_ad s379_bc s379_bd s379_cd
  s380_ab (not s380_ac) s380_ad (not s380_bc) s380_bd s380_cd s381_ab s381_ac s381_ad (not s381_bc)
  s381_bd s381_cd (not s382_ab) s382_ac s382_ad s382_bc s382_bd s382_cd s383_ab s383_ac
  s383_ad s383_bc s383_bd s383_cd (not s384_ab) (not s384_ac) (not s384_ad) (not s384_bc) (not s384_bd) (not s384_cd)
  (not s385_ab) (not s385_ac) (not s385_ad) (not s385_bc) (not s385_bd) s385_cd (not s386_ab) (not s386_ac) (not s386_ad) s386_bc
  (not s386_bd) (not s386_cd) (not s387_ab) (not s387_ac) (not s387_ad) s387_bc s387_bd (not s387_cd) (not s388_ab) (not s388_ac)
  (not s388_ad) (not s388_bc) s388_bd s388_cd (not s389_ab) (not s389_ac) (not s389_ad) s389_bc s389_bd s389_cd
  s390_ab (not s390_ac) (not s390_ad) (not s390_bc) (not s390_bd) (not s390_cd) s391_ab (not s391_ac) (not s391_ad) (not s391_bc)
  (not s391_bd) s391_cd s392_ab s392_ac (not s392_ad) (not s392_bc) (not s392_bd) (not s392_cd) s393_ab s393_ac
  s393_ad (not s393_bc) (not s393_bd) (not s393_cd) s394_ab (not s394_ac) s394_ad (not s394_bc) (not s394_bd) s394_cd
  s395_ab s395_ac s395_ad (not s395_bc) (not s395_bd) s395_cd (not s396_ab) s396_ac (not s396_ad) s396_bc
  (not s396_bd) (not s396_cd) (not s397_ab) s397_ac (not s397_ad) s397_bc s397_bd (not s397_cd) s398_ab s398_ac
  (not s398_ad) s398_bc (not s398_bd) (not s398_cd) s399_ab s399_ac s399_ad s399_bc (not s399_bd) (not s399_cd)
  (not s400_ab) s400_ac s400_ad s400_bc s400_bd (not s400_cd) s401_ab s401_ac s401_ad s401_bc
  s401_bd (not s401_cd) (not s402_ab) (not s402_ac) s402_ad (not s402_bc) s402_bd s402_cd (not s403_ab) (not s403_ac)
  s403_ad s403_bc s403_bd s403_cd s404_ab (not s404_ac) s404_ad (not s404_bc) s404_bd s404_cd
  s405_ab s405_ac s405_ad (not s405_bc) s405_bd s405_cd (not s406_ab) s406_ac s406_ad s406_bc
  s406_bd s406_cd s407_ab s407_ac s407_ad s407_bc s407_bd s407_cd (not s408_ab) (not s408_ac)
  (not s408_ad) (not s408_bc) (not s408_bd) (not s408_cd) (not s409_ab) (not s409_ac) (not s409_ad) (not s409_bc) (not s409_bd) s409_cd
  (not s410_ab) (not s410_ac) (not s410_ad) s410_bc (not s410_bd) (not s410_cd) (not s411_ab) (not s411_ac) (not s411_ad) s411_bc
  s411_bd (not s411_cd) (not s412_ab) (not s412_ac) (not s412_ad) (not s412_bc) s412_bd s412_cd (not s413_ab) (not s413_ac)
  (not s413_ad) s413_bc s413_bd s413_cd s414_ab (not s414_ac) (not s414_ad) (not s414_bc) (not s414_bd) (not s414_cd)
  s415_ab (not s415_ac) (not s415_ad) (not s415_bc) (not s415_bd) s415_cd s416_ab s416_ac (not s416_ad) (not s416_bc)
  (not s416_bd) (not s416_cd) s417_ab s417_ac s417_ad (not s417_bc) (not s417_bd) (not s417_cd) s418_ab (not s418_ac)
  s418_ad (not s418_bc) (not s418_bd) s418_cd s419_ab s419_ac s419_ad (not s419_bc) (not s419_bd) s419_cd
  (not s420_ab) s420_ac (not s420_ad) s420_bc (not s420_bd) (not s420_cd) (not s421_ab) s421_ac (not s421_ad) s421_bc
  s421_bd (not s421_cd) s422_ab s422_ac (not s422_ad) s422_bc (not s422_bd) (not s422_cd) s423_ab s423_ac
  s423_ad s423_bc (not s423_bd) (not s423_cd) (not s424_ab) s424_ac s424_ad s424_bc s424_bd (not s424_cd)
  s425_ab s425_ac s425_ad s425_bc s425_bd (not s425_cd) (not s426_ab) (not s426_ac) s426_ad (not s426_bc)
  s426_bd s426_cd (not s427_ab) (not s427_ac) s427_ad s427_bc s427_bd s427_cd s428_ab (not s428_ac)
  s428_ad (not s428_bc) s428_bd s428_cd s429_ab s429_ac s429_ad (not s429_bc) s429_bd s429_cd
  (not s430_ab) s430_ac s430_ad s430_bc s430_bd s430_cd s431_ab s431_ac s431_ad s431_bc
  s431_bd s431_cd (not s432_ab) (not s432_ac) (not s432_ad) (not s432_bc) (not s432_bd) (not s432_cd) (not s433_ab) (not s433_ac)
  (not s433_ad) (not s433_bc) (not s433_bd) s433_cd (not s434_ab) (not s434_ac) (not s434_ad) s434_bc (not s434_bd) (not s434_cd)
  (not s435_ab) (not s435_ac) (not s435_ad) s435_bc s435_bd (not s435_cd) (not s436_ab) (not s436_ac) (not s436_ad) (not s436_bc)
  s436_bd s436_cd (not s437_ab) (not s437_ac) (not s437_ad) s437_bc s437_bd s437_cd s438_ab (not s438_ac)
  (not s438_ad) (not s438_bc) (not s438_bd) (not s438_cd) s439_ab (not s439_ac) (not s439_ad) (not s439_bc) (not s439_bd) s439_cd
  s440_ab s440_ac (not s440_ad) (not s440_bc) (not s440_bd) (not s440_cd) s441_ab s441_ac s441_ad (not s441_bc)
  (not s441_bd) (not s441_cd) s442_ab (not s442_ac) s442_ad (not s442_bc) (not s442_bd) s442_cd s443_ab s443_ac
  s443_ad (not s443_bc) (not s443_bd) s443_cd (not s444_ab) s444_ac (not s444_ad) s444_bc (not s444_bd) (not s444_cd)
  (not s445_ab) s445_ac (not s445_ad) s445_bc s445_bd (not s445_cd) s446_ab s446_ac (not s446_ad) s446_bc
  (not s446_bd) (not s446_cd) s447_ab s447_ac s447_ad s447_bc (not s447_bd) (not s447_cd) (not s448_ab) s448_ac
  s448_ad s448_bc s448_bd (not s448_cd) s449_ab s449_ac s449_ad s449_bc s449_bd (not s449_cd)
  (not s450_ab) (not s450_ac) s450_ad (not s450_bc) s450_bd s450_cd (not s451_ab) (not s451_ac) s451_ad s451_bc
  s451_bd s451_cd s452_ab (not s452_ac) s452_ad (not s452_bc) s452_bd s452_cd s453_ab s453_ac
  s453_ad (not s453_bc) s453_bd s453_cd (not s454_ab) s454_ac s454_ad s454_bc s454_bd s454_cd
  s455_ab s455_ac s455_ad s455_bc s455_bd s455_cd (not s456_ab) (not s456_ac) (not s456_ad) (not s456_bc)
  (not s456_bd) (not s456_cd) (not s457_ab) (not s457_ac) (not s457_ad) (not s457_bc) (not s457_bd) s457_cd (not s458_ab) (not s458_ac)
  (not s458_ad) s458_bc (not s458_bd) (not s458_cd) (not s459_ab) (not s459_ac) (not s459_ad) s459_bc s459_bd (not s459_cd)
  (not s460_ab) (not s460_ac) (not s460_ad) (not s460_bc) s460_bd s460_cd (not s461_ab) (not s461_ac) (not s461_ad) s461_bc
  s461_bd s461_cd s462_ab (not s462_ac) (not s462_ad) (not s462_bc) (not s462_bd) (not s462_cd) s463_ab (not s463_ac)
  (not s463_ad) (not s463_bc) (not s463_bd) s463_cd s464_ab s464_ac (not s464_ad) (not s464_bc) (not s464_bd) (not s464_cd)
  s465_ab s465_ac s465_ad (not s465_bc) (not s465_bd) (not s465_cd) s466_ab (not s466_ac) s466_ad (not s466_bc)
  (not s466_bd) s466_cd s467_ab s467_ac s467_ad (not s467_bc) (not s467_bd) s467_cd (not s468_ab) s468_ac
  (not s468_ad) s468_bc (not s468_bd) (not s468_cd) (not s469_ab) s469_ac (not s469_ad) s469_bc s469_bd (not s469_cd)
  s470_ab s470_ac (not s470_ad) s470_bc (not s470_bd) (not s470_cd) s471_ab s471_ac s471_ad s471_bc
  (not s471_bd) (not s471_cd) (not s472_ab) s472_ac s472_ad s472_bc s472_bd (not s472_cd) s473_ab s473_ac
  s473_ad s473_bc s473_bd (not s473_cd) (not s474_ab) (not s474_ac) s474_ad (not s474_bc) s474_bd s474_cd
  (not s475_ab) (not s475_ac) s475_ad s475_bc s475_bd s475_cd s476_ab (not s476_ac) s476_ad (not s476_bc)
  s476_bd s476_cd s477_ab s477_ac s477_ad (not s477_bc) s477_bd s477_cd (not s478_ab) s478_ac
  s478_ad s478_bc s478_bd s478_cd s479_ab s479_ac s479_ad s479_bc s479_bd s479_cd
  (not s480_ab) (not s480_ac) (not s480_ad) (not s480_bc) (not s480_bd) (not s480_cd) (not s481_ab) (not s481_ac) (not s481_ad) (not s481_bc)
  (not s481_bd) s481_cd (not s482_ab) (not s482_ac) (not s482_ad) s482_bc (not s482_bd) (not s482_cd) (not s483_ab) (not s483_ac)
  (not s483_ad) s483_bc s483_bd (not s483_cd) (not s484_ab) (not s484_ac) (not s484_ad) (not s484_bc) s484_bd s484_cd
  (not s485_ab) (not s485_ac) (not s485_ad) s485_bc s485_bd s485_cd s486_ab (not s486_ac) (not s486_ad) (not s486_bc)
  (not s486_bd) (not s486_cd) s487_ab (not s487_ac) (not s487_ad) (not s487_bc) (not s487_bd) s487_cd s488_ab s488_ac
  (not s488_ad) (not s488_bc) (not s488_bd) (not s488_cd) s489_ab s489_ac s489_ad (not s489_bc) (not s489_bd) (not s489_cd)
  s490_ab (not s490_ac) s490_ad (not s490_bc) (not s490_bd) s490_cd s491_ab s491_ac s491_ad (not s491_bc)
  (not s491_bd) s491_cd (not s492_ab) s492_ac (not s492_ad) s492_bc (not s492_bd) (not s492_cd) (not s493_ab) s493_ac
  (not s493_ad) s493_bc s493_bd (not s493_cd) s494_ab s494_ac (not s494_ad) s494_bc (not s494_bd) (not s494_cd)
  s495_ab s495_ac s495_ad s495_bc (not s495_bd) (not s495_cd) (not s496_ab) s496_ac s496_ad s496_bc
  s496_bd (not s496_cd) s497_ab s497_ac s497_ad s497_bc s497_bd (not s497_cd) (not s498_ab) (not s498_ac)
  s498_ad (not s498_bc) s498_bd s498_cd (not s499_ab) (not s499_ac) s499_ad s499_bc s499_bd s499_cd
  s500_ab (not s500_ac) s500_ad (not s500_bc) s500_bd s500_cd s501_ab s501_ac s501_ad (not s501_bc)
  s501_bd s501_cd (not s502_ab) s502_ac s502_ad s502_bc s502_bd s502_cd s503_ab s503_ac
  s503_ad s503_bc s503_bd s503_cd (not s504_ab) (not s504_ac) (not s504_ad) (not s504_bc) (not s504_bd) (not s504_cd)
  (not s505_ab) (not s505_ac) (not s505_ad) (not s505_bc) (not s505_bd) s505_cd (not s506_ab) (not s506_ac) (not s506_ad) s506_bc
  (not s506_bd) (not s506_cd) (not s507_ab) (not s507_ac) (not s507_ad) s507_bc s507_bd (not s507_cd) (not s508_ab) (not s508_ac)
  (not s508_ad) (not s508_bc) s508_bd s508_cd (not s509_ab) (not s509_ac) (not s509_ad) s509_bc s509_bd s509_cd
  s510_ab (not s510_ac) (not s510_ad) (not s510_bc) (not s510_bd) (not s510_cd) s511_ab (not s511_ac) (not s511_ad) (not s511_bc)
  (not s511_bd) s511_cd s512_ab s512_ac (not s512_ad) (not s512_bc) (not s512_bd) (not s512_cd) s513_ab s513_ac
  s513_ad (not s513_bc) (not s513_bd) (not s513_cd) s514_ab (not s514_ac) s514_ad (not s514_bc) (not s514_bd) s514_cd
  s515_ab s515_ac s515_ad (not s515_bc) (not s515_bd) s515_cd (not s516_ab) s516_ac (not s516_ad) s516_bc
  (not s516_bd) (not s516_cd) (not s517_ab) s517_ac (not s517_ad) s517_bc s517_bd (not s517_cd) s518_ab s518_ac
  (not s518_ad) s518_bc (not s518_bd) (not s518_cd) s519_ab s519_ac s519_ad s519_bc (not s519_bd) (not s519_cd)
  (not s520_ab) s520_ac s520_ad s520_bc s520_bd (not s520_cd) s521_ab s521_ac s521_ad s521_bc
  s521_bd (not s521_cd) (not s522_ab) (not s522_ac) s522_ad (not s522_bc) s522_bd s522_cd (not s523_ab) (not s523_ac)
  s523_ad s523_bc s523_bd s523_cd s524_ab (not s524_ac) s524_ad (not s524_bc) s524_bd s524_cd
  s525_ab s525_ac s525_ad (not s525_bc) s525_bd s525_cd (not s526_ab) s526_ac s526_ad s526_bc
  s526_bd s526_cd s527_ab s527_ac s527_ad s527_bc s527_bd s527_cd (not s528_ab) (not s528_ac)
  (not s528_ad) (not s528_bc) (not s528_bd) (not s528_cd) (not s529_ab) (not s529_ac) (not s529_ad) (not s529_bc) (not s529_bd) s529_cd
  (not s530_ab) (not s530_ac) (not s530_ad) s530_bc (not s530_bd) (not s530_cd) (not s531_ab) (not s531_ac) (not s531_ad) s531_bc
  s531_bd (not s531_cd) (not s532_ab) (not s532_ac) (not s532_ad) (not s532_bc) s532_bd s532_cd (not s533_ab) (not s533_ac)
  (not s533_ad) s533_bc s533_bd s533_cd s534_ab (not s534_ac) (not s534_ad) (not s534_bc) (not s534_bd) (not s534_cd)
  s535_ab (not s535_ac) (not s535_ad) (not s535_bc) (not s535_bd) s535_cd s536_ab s536_ac (not s536_ad) (not s536_bc)
  (not s536_bd) (not s536_cd) s537_ab s537_ac s537_ad (not s537_bc) (not s537_bd) (not s537_cd) s538_ab (not s538_ac)
  s538_ad (not s538_bc) (not s538_bd) s538_cd s539_ab s539_ac s539_ad (not s539_bc) (not s539_bd) s539_cd
  (not s540_ab) s540_ac (not s540_ad) s540_bc (not s540_bd) (not s540_cd) (not s541_ab) s541_ac (not s541_ad) s541_bc
  s541_bd (not s541_cd) s542_ab s542_ac (not s542_ad) s542_bc (not s542_bd) (not s542_cd) s543_ab s543_ac
  s543_ad s543_bc (not s543_bd) (not s543_cd) (not s544_ab) s544_ac s544_ad s544_bc s544_bd (not s544_cd)
  s545_ab s545_ac s545_ad s545_bc s545_bd (not s545_cd) (not s546_ab) (not s546_ac) s546_ad (not s546_bc)
  s546_bd s546_cd (not s547_ab) (not s547_ac) s547_ad s547_bc s547_bd s547_cd s548_ab (not s548_ac)
  s548_ad (not s548_bc) s548_bd s548_cd s549_ab s549_ac s549_ad (not s549_bc) s549_bd s549_cd
  (not s550_ab) s550_ac s550_ad s550_bc s550_bd s550_cd s551_ab s551_ac s551_ad s551_bc
  s551_bd s551_cd (not s552_ab) (not s552_ac) (not s552_ad) (not s552_bc) (not s552_bd) (not s552_cd) (not s553_ab) (not s553_ac)
  (not s553_ad) (not s553_bc) (not s553_bd) s553_cd (not s554_ab) (not s554_ac) (not s554_ad) s554_bc (not s554_bd) (not s554_cd)
  (not s555_ab) (not s555_ac) (not s555_ad) s555_bc s555_bd (not s555_cd) (not s556_ab) (not s556_ac) (not s556_ad) (not s556_bc)
  s556_bd s556_cd (not s557_ab) (not s557_ac) (not s557_ad) s557_bc s557_bd s557_cd s558_ab (not s558_ac)
  (not s558_ad) (not s558_bc) (not s558_bd) (not s558_cd) s559_ab (not s559_ac) (not s559_ad) (not s559_bc) (not s559_bd) s559_cd
  s560_ab s560_ac (not s560_ad) (not s560_bc) (not s560_bd) (not s560_cd) s561_ab s561_ac s561_ad (not s561_bc)
  (not s561_bd) (not s561_cd) s562_ab (not s562_ac) s562_ad (not s562_bc) (not s562_bd) s562_cd s563_ab s563_ac
  s563_ad (not s563_bc) (not s563_bd) s563_cd (not s564_ab) s564_ac (not s564_ad) s564_bc (not s564_bd) (not s564_cd)
  (not s565_ab) s565_ac (not s565_ad) s565_bc s565_bd (not s565_cd) s566_ab s566_ac (not s566_ad) s566_bc
  (not s566_bd) (not s566_cd) s567_ab s567_ac s567_ad s567_bc (not s567_bd) (not s567_cd) (not s568_ab) s568_ac
  s568_ad s568_bc s568_bd (not s568_cd) s569_ab s569_ac s569_ad s569_bc s569_bd (not s569_cd)
  (not s570_ab) (not s570_ac) s570_ad (not s570_bc) s570_bd s570_cd (not s571_ab) (not s571_ac) s571_ad s571_bc
  s571_bd s571_cd s572_ab (not s572_ac) s572_ad (not s572_bc) s572_bd s572_cd s573_ab s573_ac
  s573_ad (not s573_bc) s573_bd s573_cd (not s574_ab) s574_ac s574_ad s574_bc s574_bd s574_cd
  s575_ab s575_ac s575_ad s575_bc s575_bd s575_cd))
