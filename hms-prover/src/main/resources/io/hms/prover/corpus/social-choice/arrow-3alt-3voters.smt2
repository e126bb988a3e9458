; id: arrow-3alt-3voters
; family: social-choice
; statement: With 3 voters and 3 alternatives, no social welfare function on the full domain of strict rankings that always returns a strict ranking satisfies weak Pareto, independence of irrelevant alternatives and non-dictatorship.
; source: K. J. Arrow, Social Choice and Individual Values (1951); P. Tang & F. Lin, Computer-aided proofs of Arrow's and other impossibility theorems, Artificial Intelligence 173 (2009)
; expected: proved
; prelude: social-choice-orders
; encoding: one Boolean per profile (216 profiles) and pair for the social order, transitivity per triple; the negation asserts a function meeting Pareto, IIA (equalities across profiles agreeing on the pair) and non-dictatorship exists.
; The 6 strict rankings of {a,b,c} are written best first (abc: a > b > c).
; Profile k (0..215) assigns a ranking to each of the 3 voters; profiles are listed below.
; s<k>_xy is true iff the social ranking at profile k puts x above y (for x before y alphabetically).
; profile 0: abc abc abc
(declare-const s0_ab Bool) (declare-const s0_ac Bool) (declare-const s0_bc Bool)
; profile 1: abc abc acb
(declare-const s1_ab Bool) (declare-const s1_ac Bool) (declare-const s1_bc Bool)
; profile 2: abc abc bac
(declare-const s2_ab Bool) (declare-const s2_ac Bool) (declare-const s2_bc Bool)
; profile 3: abc abc bca
(declare-const s3_ab Bool) (declare-const s3_ac Bool) (declare-const s3_bc Bool)
; profile 4: abc abc cab
(declare-const s4_ab Bool) (declare-const s4_ac Bool) (declare-const s4_bc Bool)
; profile 5: abc abc cba
(declare-const s5_ab Bool) (declare-const s5_ac Bool) (declare-const s5_bc Bool)
; profile 6: abc acb abc
(declare-const s6_ab Bool) (declare-const s6_ac Bool) (declare-const s6_bc Bool)
; profile 7: abc acb acb
(declare-const s7_ab Bool) (declare-const s7_ac Bool) (declare-const s7_bc Bool)
; profile 8: abc acb bac
(declare-const s8_ab Bool) (declare-const s8_ac Bool) (declare-const s8_bc Bool)
; profile 9: abc acb bca
(declare-const s9_ab Bool) (declare-const s9_ac Bool) (declare-const s9_bc Bool)
; profile 10: abc acb cab
(declare-const s10_ab Bool) (declare-const s10_ac Bool) (declare-const s10_bc Bool)
; profile 11: abc acb cba
(declare-const s11_ab Bool) (declare-const s11_ac Bool) (declare-const s11_bc Bool)
; profile 12: abc bac abc
(declare-const s12_ab Bool) (declare-const s12_ac Bool) (declare-const s12_bc Bool)
; profile 13: abc bac acb
(declare-const s13_ab Bool) (declare-const s13_ac Bool) (declare-const s13_bc Bool)
; profile 14: abc bac bac
(declare-const s14_ab Bool) (declare-const s14_ac Bool) (declare-const s14_bc Bool)
; profile 15: abc bac bca
(declare-const s15_ab Bool) (declare-const s15_ac Bool) (declare-const s15_bc Bool)
; profile 16: abc bac cab
(declare-const s16_ab Bool) (declare-const s16_ac Bool) (declare-const s16_bc Bool)
; profile 17: abc bac cba
(declare-const s17_ab Bool) (declare-const s17_ac Bool) (declare-const s17_bc Bool)
; profile 18: abc bca abc
(declare-const s18_ab Bool) (declare-const s18_ac Bool) (declare-const s18_bc Bool)
; profile 19: abc bca acb
(declare-const s19_ab Bool) (declare-const s19_ac Bool) (declare-const s19_bc Bool)
; profile 20: abc bca bac
(declare-const s20_ab Bool) (declare-const s20_ac Bool) (declare-const s20_bc Bool)
; profile 21: abc bca bca
(declare-const s21_ab Bool) (declare-const s21_ac Bool) (declare-const s21_bc Bool)
; profile 22: abc bca cab
(declare-const s22_ab Bool) (declare-const s22_ac Bool) (declare-const s22_bc Bool)
; profile 23: abc bca cba
(declare-const s23_ab Bool) (declare-const s23_ac Bool) (declare-const s23_bc Bool)
; profile 24: abc cab abc
(declare-const s24_ab Bool) (declare-const s24_ac Bool) (declare-const s24_bc Bool)
; profile 25: abc cab acb
(declare-const s25_ab Bool) (declare-const s25_ac Bool) (declare-const s25_bc Bool)
; profile 26: abc cab bac
(declare-const s26_ab Bool) (declare-const s26_ac Bool) (declare-const s26_bc Bool)
; profile 27: abc cab bca
(declare-const s27_ab Bool) (declare-const s27_ac Bool) (declare-const s27_bc Bool)
; profile 28: abc cab cab
(declare-const s28_ab Bool) (declare-const s28_ac Bool) (declare-const s28_bc Bool)
; profile 29: abc cab cba
(declare-const s29_ab Bool) (declare-const s29_ac Bool) (declare-const s29_bc Bool)
; profile 30: abc cba abc
(declare-const s30_ab Bool) (declare-const s30_ac Bool) (declare-const s30_bc Bool)
; profile 31: abc cba acb
(declare-const s31_ab Bool) (declare-const s31_ac Bool) (declare-const s31_bc Bool)
; profile 32: abc cba bac
(declare-const s32_ab Bool) (declare-const s32_ac Bool) (declare-const s32_bc Bool)
; profile 33: abc cba bca
(declare-const s33_ab Bool) (declare-const s33_ac Bool) (declare-const s33_bc Bool)
; profile 34: abc cba cab
(declare-const s34_ab Bool) (declare-const s34_ac Bool) (declare-const s34_bc Bool)
; profile 35: abc cba cba
(declare-const s35_ab Bool) (declare-const s35_ac Bool) (declare-const s35_bc Bool)
; profile 36: acb abc abc
(declare-const s36_ab Bool) (declare-const s36_ac Bool) (declare-const s36_bc Bool)
; profile 37: acb abc acb
(declare-const s37_ab Bool) (declare-const s37_ac Bool) (declare-const s37_bc Bool)
; profile 38: acb abc bac
(declare-const s38_ab Bool) (declare-const s38_ac Bool) (declare-const s38_bc Bool)
; profile 39: acb abc bca
(declare-const s39_ab Bool) (declare-const s39_ac Bool) (declare-const s39_bc Bool)
; profile 40: acb abc cab
(declare-const s40_ab Bool) (declare-const s40_ac Bool) (declare-const s40_bc Bool)
; profile 41: acb abc cba
(declare-const s41_ab Bool) (declare-const s41_ac Bool) (declare-const s41_bc Bool)
; profile 42: acb acb abc
(declare-const s42_ab Bool) (declare-const s42_ac Bool) (declare-const s42_bc Bool)
; profile 43: acb acb acb
(declare-const s43_ab Bool) (declare-const s43_ac Bool) (declare-const s43_bc Bool)
; profile 44: acb acb bac
(declare-const s44_ab Bool) (declare-const s44_ac Bool) (declare-const s44_bc Bool)
; profile 45: acb acb bca
(declare-const s45_ab Bool) (declare-const s45_ac Bool) (declare-const s45_bc Bool)
; profile 46: acb acb cab
(declare-const s46_ab Bool) (declare-const s46_ac Bool) (declare-const s46_bc Bool)
; profile 47: acb acb cba
(declare-const s47_ab Bool) (declare-const s47_ac Bool) (declare-const s47_bc Bool)
; profile 48: acb bac abc
(declare-const s48_ab Bool) (declare-const s48_ac Bool) (declare-const s48_bc Bool)
; profile 49: acb bac acb
(declare-const s49_ab Bool) (declare-const s49_ac Bool) (declare-const s49_bc Bool)
; profile 50: acb bac bac
(declare-const s50_ab Bool) (declare-const s50_ac Bool) (declare-const s50_bc Bool)
; profile 51: acb bac bca
(declare-const s51_ab Bool) (declare-const s51_ac Bool) (declare-const s51_bc Bool)
; profile 52: acb bac cab
(declare-const s52_ab Bool) (declare-const s52_ac Bool) (declare-const s52_bc Bool)
; profile 53: acb bac cba
(declare-const s53_ab Bool) (declare-const s53_ac Bool) (declare-const s53_bc Bool)
; profile 54: acb bca abc
(declare-const s54_ab Bool) (declare-const s54_ac Bool) (declare-const s54_bc Bool)
; profile 55: acb bca acb
(declare-const s55_ab Bool) (declare-const s55_ac Bool) (declare-const s55_bc Bool)
; profile 56: acb bca bac
(declare-const s56_ab Bool) (declare-const s56_ac Bool) (declare-const s56_bc Bool)
; profile 57: acb bca bca
(declare-const s57_ab Bool) (declare-const s57_ac Bool) (declare-const s57_bc Bool)
; profile 58: acb bca cab
(declare-const s58_ab Bool) (declare-const s58_ac Bool) (declare-const s58_bc Bool)
; profile 59: acb bca cba
(declare-const s59_ab Bool) (declare-const s59_ac Bool) (declare-const s59_bc Bool)
; profile 60: acb cab abc
(declare-const s60_ab Bool) (declare-const s60_ac Bool) (declare-const s60_bc Bool)
; profile 61: acb cab acb
(declare-const s61_ab Bool) (declare-const s61_ac Bool) (declare-const s61_bc Bool)
; profile 62: acb cab bac
(declare-const s62_ab Bool) (declare-const s62_ac Bool) (declare-const s62_bc Bool)
; profile 63: acb cab bca
(declare-const s63_ab Bool) (declare-const s63_ac Bool) (declare-const s63_bc Bool)
; profile 64: acb cab cab
(declare-const s64_ab Bool) (declare-const s64_ac Bool) (declare-const s64_bc Bool)
; profile 65: acb cab cba
(declare-const s65_ab Bool) (declare-const s65_ac Bool) (declare-const s65_bc Bool)
; profile 66: acb cba abc
(declare-const s66_ab Bool) (declare-const s66_ac Bool) (declare-const s66_bc Bool)
; profile 67: acb cba acb
(declare-const s67_ab Bool) (declare-const s67_ac Bool) (declare-const s67_bc Bool)
; profile 68: acb cba bac
(declare-const s68_ab Bool) (declare-const s68_ac Bool) (declare-const s68_bc Bool)
; profile 69: acb cba bca
(declare-const s69_ab Bool) (declare-const s69_ac Bool) (declare-const s69_bc Bool)
; profile 70: acb cba cab
(declare-const s70_ab Bool) (declare-const s70_ac Bool) (declare-const s70_bc Bool)
; profile 71: acb cba cba
(declare-const s71_ab Bool) (declare-const s71_ac Bool) (declare-const s71_bc Bool)
; profile 72: bac abc abc
(declare-const s72_ab Bool) (declare-const s72_ac Bool) (declare-const s72_bc Bool)
; profile 73: bac abc acb
(declare-const s73_ab Bool) (declare-const s73_ac Bool) (declare-const s73_bc Bool)
; profile 74: bac abc bac
(declare-const s74_ab Bool) (declare-const s74_ac Bool) (declare-const s74_bc Bool)
; profile 75: bac abc bca
(declare-const s75_ab Bool) (declare-const s75_ac Bool) (declare-const s75_bc Bool)
; profile 76: bac abc cab
(declare-const s76_ab Bool) (declare-const s76_ac Bool) (declare-const s76_bc Bool)
; profile 77: bac abc cba
(declare-const s77_ab Bool) (declare-const s77_ac Bool) (declare-const s77_bc Bool)
; profile 78: bac acb abc
(declare-const s78_ab Bool) (declare-const s78_ac Bool) (declare-const s78_bc Bool)
; profile 79: bac acb acb
(declare-const s79_ab Bool) (declare-const s79_ac Bool) (declare-const s79_bc Bool)
; profile 80: bac acb bac
(declare-const s80_ab Bool) (declare-const s80_ac Bool) (declare-const s80_bc Bool)
; profile 81: bac acb bca
(declare-const s81_ab Bool) (declare-const s81_ac Bool) (declare-const s81_bc Bool)
; profile 82: bac acb cab
(declare-const s82_ab Bool) (declare-const s82_ac Bool) (declare-const s82_bc Bool)
; profile 83: bac acb cba
(declare-const s83_ab Bool) (declare-const s83_ac Bool) (declare-const s83_bc Bool)
; profile 84: bac bac abc
(declare-const s84_ab Bool) (declare-const s84_ac Bool) (declare-const s84_bc Bool)
; profile 85: bac bac acb
(declare-const s85_ab Bool) (declare-const s85_ac Bool) (declare-const s85_bc Bool)
; profile 86: bac bac bac
(declare-const s86_ab Bool) (declare-const s86_ac Bool) (declare-const s86_bc Bool)
; profile 87: bac bac bca
(declare-const s87_ab Bool) (declare-const s87_ac Bool) (declare-const s87_bc Bool)
; profile 88: bac bac cab
(declare-const s88_ab Bool) (declare-const s88_ac Bool) (declare-const s88_bc Bool)
; profile 89: bac bac cba
(declare-const s89_ab Bool) (declare-const s89_ac Bool) (declare-const s89_bc Bool)
; profile 90: bac bca abc
(declare-const s90_ab Bool) (declare-const s90_ac Bool) (declare-const s90_bc Bool)
; profile 91: bac bca acb
(declare-const s91_ab Bool) (declare-const s91_ac Bool) (declare-const s91_bc Bool)
; profile 92: bac bca bac
(declare-const s92_ab Bool) (declare-const s92_ac Bool) (declare-const s92_bc Bool)
; profile 93: bac bca bca
(declare-const s93_ab Bool) (declare-const s93_ac Bool) (declare-const s93_bc Bool)
; profile 94: bac bca cab
(declare-const s94_ab Bool) (declare-const s94_ac Bool) (declare-const s94_bc Bool)
; profile 95: bac bca cba
(declare-const s95_ab Bool) (declare-const s95_ac Bool) (declare-const s95_bc Bool)
; profile 96: bac cab abc
(declare-const s96_ab Bool) (declare-const s96_ac Bool) (declare-const s96_bc Bool)
; profile 97: bac cab acb
(declare-const s97_ab Bool) (declare-const s97_ac Bool) (declare-const s97_bc Bool)
; profile 98: bac cab bac
(declare-const s98_ab Bool) (declare-const s98_ac Bool) (declare-const s98_bc Bool)
; profile 99: bac cab bca
(declare-const s99_ab Bool) (declare-const s99_ac Bool) (declare-const s99_bc Bool)
; profile 100: bac cab cab
(declare-const s100_ab Bool) (declare-const s100_ac Bool) (declare-const s100_bc Bool)
; profile 101: bac cab cba
(declare-const s101_ab Bool) (declare-const s101_ac Bool) (declare-const s101_bc Bool)
; profile 102: bac cba abc
(declare-const s102_ab Bool) (declare-const s102_ac Bool) (declare-const s102_bc Bool)
; profile 103: bac cba acb
(declare-const s103_ab Bool) (declare-const s103_ac Bool) (declare-const s103_bc Bool)
; profile 104: bac cba bac
(declare-const s104_ab Bool) (declare-const s104_ac Bool) (declare-const s104_bc Bool)
; profile 105: bac cba bca
(declare-const s105_ab Bool) (declare-const s105_ac Bool) (declare-const s105_bc Bool)
; profile 106: bac cba cab
(declare-const s106_ab Bool) (declare-const s106_ac Bool) (declare-const s106_bc Bool)
; profile 107: bac cba cba
(declare-const s107_ab Bool) (declare-const s107_ac Bool) (declare-const s107_bc Bool)
; profile 108: bca abc abc
(declare-const s108_ab Bool) (declare-const s108_ac Bool) (declare-const s108_bc Bool)
; profile 109: bca abc acb
(declare-const s109_ab Bool) (declare-const s109_ac Bool) (declare-const s109_bc Bool)
; profile 110: bca abc bac
(declare-const s110_ab Bool) (declare-const s110_ac Bool) (declare-const s110_bc Bool)
; profile 111: bca abc bca
(declare-const s111_ab Bool) (declare-const s111_ac Bool) (declare-const s111_bc Bool)
; profile 112: bca abc cab
(declare-const s112_ab Bool) (declare-const s112_ac Bool) (declare-const s112_bc Bool)
; profile 113: bca abc cba
(declare-const s113_ab Bool) (declare-const s113_ac Bool) (declare-const s113_bc Bool)
; profile 114: bca acb abc
(declare-const s114_ab Bool) (declare-const s114_ac Bool) (declare-const s114_bc Bool)
; profile 115: bca acb acb
(declare-const s115_ab Bool) (declare-const s115_ac Bool) (declare-const s115_bc Bool)
; profile 116: bca acb bac
(declare-const s116_ab Bool) (declare-const s116_ac Bool) (declare-const s116_bc Bool)
; profile 117: bca acb bca
(declare-const s117_ab Bool) (declare-const s117_ac Bool) (declare-const s117_bc Bool)
; profile 118: bca acb cab
(declare-const s118_ab Bool) (declare-const s118_ac Bool) (declare-const s118_bc Bool)
; profile 119: bca acb cba
(declare-const s119_ab Bool) (declare-const s119_ac Bool) (declare-const s119_bc Bool)
; profile 120: bca bac abc
(declare-const s120_ab Bool) (declare-const s120_ac Bool) (declare-const s120_bc Bool)
; profile 121: bca bac acb
(declare-const s121_ab Bool) (declare-const s121_ac Bool) (declare-const s121_bc Bool)
; profile 122: bca bac bac
(declare-const s122_ab Bool) (declare-const s122_ac Bool) (declare-const s122_bc Bool)
; profile 123: bca bac bca
(declare-const s123_ab Bool) (declare-const s123_ac Bool) (declare-const s123_bc Bool)
; profile 124: bca bac cab
(declare-const s124_ab Bool) (declare-const s124_ac Bool) (declare-const s124_bc Bool)
; profile 125: bca bac cba
(declare-const s125_ab Bool) (declare-const s125_ac Bool) (declare-const s125_bc Bool)
; profile 126: bca bca abc
(declare-const s126_ab Bool) (declare-const s126_ac Bool) (declare-const s126_bc Bool)
; profile 127: bca bca acb
(declare-const s127_ab Bool) (declare-const s127_ac Bool) (declare-const s127_bc Bool)
; profile 128: bca bca bac
(declare-const s128_ab Bool) (declare-const s128_ac Bool) (declare-const s128_bc Bool)
; profile 129: bca bca bca
(declare-const s129_ab Bool) (declare-const s129_ac Bool) (declare-const s129_bc Bool)
; profile 130: bca bca cab
(declare-const s130_ab Bool) (declare-const s130_ac Bool) (declare-const s130_bc Bool)
; profile 131: bca bca cba
(declare-const s131_ab Bool) (declare-const s131_ac Bool) (declare-const s131_bc Bool)
; profile 132: bca cab abc
(declare-const s132_ab Bool) (declare-const s132_ac Bool) (declare-const s132_bc Bool)
; profile 133: bca cab acb
(declare-const s133_ab Bool) (declare-const s133_ac Bool) (declare-const s133_bc Bool)
; profile 134: bca cab bac
(declare-const s134_ab Bool) (declare-const s134_ac Bool) (declare-const s134_bc Bool)
; profile 135: bca cab bca
(declare-const s135_ab Bool) (declare-const s135_ac Bool) (declare-const s135_bc Bool)
; profile 136: bca cab cab
(declare-const s136_ab Bool) (declare-const s136_ac Bool) (declare-const s136_bc Bool)
; profile 137: bca cab cba
(declare-const s137_ab Bool) (declare-const s137_ac Bool) (declare-const s137_bc Bool)
; profile 138: bca cba abc
(declare-const s138_ab Bool) (declare-const s138_ac Bool) (declare-const s138_bc Bool)
; profile 139: bca cba acb
(declare-const s139_ab Bool) (declare-const s139_ac Bool) (declare-const s139_bc Bool)
; profile 140: bca cba bac
(declare-const s140_ab Bool) (declare-const s140_ac Bool) (declare-const s140_bc Bool)
; profile 141: bca cba bca
(declare-const s141_ab Bool) (declare-const s141_ac Bool) (declare-const s141_bc Bool)
; profile 142: bca cba cab
(declare-const s142_ab Bool) (declare-const s142_ac Bool) (declare-const s142_bc Bool)
; profile 143: bca cba cba
(declare-const s143_ab Bool) (declare-const s143_ac Bool) (declare-const s143_bc Bool)
; profile 144: cab abc abc
(declare-const s144_ab Bool) (declare-const s144_ac Bool) (declare-const s144_bc Bool)
; profile 145: cab abc acb
(declare-const s145_ab Bool) (declare-const s145_ac Bool) (declare-const s145_bc Bool)
; profile 146: cab abc bac
(declare-const s146_ab Bool) (declare-const s146_ac Bool) (declare-const s146_bc Bool)
; profile 147: cab abc bca
(declare-const s147_ab Bool) (declare-const s147_ac Bool) (declare-const s147_bc Bool)
; profile 148: cab abc cab
(declare-const s148_ab Bool) (declare-const s148_ac Bool) (declare-const s148_bc Bool)
; profile 149: cab abc cba
(declare-const s149_ab Bool) (declare-const s149_ac Bool) (declare-const s149_bc Bool)
; profile 150: cab acb abc
(declare-const s150_ab Bool) (declare-const s150_ac Bool) (declare-const s150_bc Bool)
; profile 151: cab acb acb
(declare-const s151_ab Bool) (declare-const s151_ac Bool) (declare-const s151_bc Bool)
; profile 152: cab acb bac
(declare-const s152_ab Bool) (declare-const s152_ac Bool) (declare-const s152_bc Bool)
; profile 153: cab acb bca
(declare-const s153_ab Bool) (declare-const s153_ac Bool) (declare-const s153_bc Bool)
; profile 154: cab acb cab
(declare-const s154_ab Bool) (declare-const s154_ac Bool) (declare-const s154_bc Bool)
; profile 155: cab acb cba
(declare-const s155_ab Bool) (declare-const s155_ac Bool) (declare-const s155_bc Bool)
; profile 156: cab bac abc
(declare-const s156_ab Bool) (declare-const s156_ac Bool) (declare-const s156_bc Bool)
; profile 157: cab bac acb
(declare-const s157_ab Bool) (declare-const s157_ac Bool) (declare-const s157_bc Bool)
; profile 158: cab bac bac
(declare-const s158_ab Bool) (declare-const s158_ac Bool) (declare-const s158_bc Bool)
; profile 159: cab bac bca
(declare-const s159_ab Bool) (declare-const s159_ac Bool) (declare-const s159_bc Bool)
; profile 160: cab bac cab
(declare-const s160_ab Bool) (declare-const s160_ac Bool) (declare-const s160_bc Bool)
; profile 161: cab bac cba
(declare-const s161_ab Bool) (declare-const s161_ac Bool) (declare-const s161_bc Bool)
; profile 162: cab bca abc
(declare-const s162_ab Bool) (declare-const s162_ac Bool) (declare-const s162_bc Bool)
; profile 163: cab bca acb
(declare-const s163_ab Bool) (declare-const s163_ac Bool) (declare-const s163_bc Bool)
; profile 164: cab bca bac
(declare-const s164_ab Bool) (declare-const s164_ac Bool) (declare-const s164_bc Bool)
; profile 165: cab bca bca
(declare-const s165_ab Bool) (declare-const s165_ac Bool) (declare-const s165_bc Bool)
; profile 166: cab bca cab
(declare-const s166_ab Bool) (declare-const s166_ac Bool) (declare-const s166_bc Bool)
; profile 167: cab bca cba
(declare-const s167_ab Bool) (declare-const s167_ac Bool) (declare-const s167_bc Bool)
; profile 168: cab cab abc
(declare-const s168_ab Bool) (declare-const s168_ac Bool) (declare-const s168_bc Bool)
; profile 169: cab cab acb
(declare-const s169_ab Bool) (declare-const s169_ac Bool) (declare-const s169_bc Bool)
; profile 170: cab cab bac
(declare-const s170_ab Bool) (declare-const s170_ac Bool) (declare-const s170_bc Bool)
; profile 171: cab cab bca
(declare-const s171_ab Bool) (declare-const s171_ac Bool) (declare-const s171_bc Bool)
; profile 172: cab cab cab
(declare-const s172_ab Bool) (declare-const s172_ac Bool) (declare-const s172_bc Bool)
; profile 173: cab cab cba
(declare-const s173_ab Bool) (declare-const s173_ac Bool) (declare-const s173_bc Bool)
; profile 174: cab cba abc
(declare-const s174_ab Bool) (declare-const s174_ac Bool) (declare-const s174_bc Bool)
; profile 175: cab cba acb
(declare-const s175_ab Bool) (declare-const s175_ac Bool) (declare-const s175_bc Bool)
; profile 176: cab cba bac
(declare-const s176_ab Bool) (declare-const s176_ac Bool) (declare-const s176_bc Bool)
; profile 177: cab cba bca
(declare-const s177_ab Bool) (declare-const s177_ac Bool) (declare-const s177_bc Bool)
; profile 178: cab cba cab
(declare-const s178_ab Bool) (declare-const s178_ac Bool) (declare-const s178_bc Bool)
; profile 179: cab cba cba
(declare-const s179_ab Bool) (declare-const s179_ac Bool) (declare-const s179_bc Bool)
; profile 180: cba abc abc
(declare-const s180_ab Bool) (declare-const s180_ac Bool) (declare-const s180_bc Bool)
; profile 181: cba abc acb
(declare-const s181_ab Bool) (declare-const s181_ac Bool) (declare-const s181_bc Bool)
; profile 182: cba abc bac
(declare-const s182_ab Bool) (declare-const s182_ac Bool) (declare-const s182_bc Bool)
; profile 183: cba abc bca
(declare-const s183_ab Bool) (declare-const s183_ac Bool) (declare-const s183_bc Bool)
; profile 184: cba abc cab
(declare-const s184_ab Bool) (declare-const s184_ac Bool) (declare-const s184_bc Bool)
; profile 185: cba abc cba
(declare-const s185_ab Bool) (declare-const s185_ac Bool) (declare-const s185_bc Bool)
; profile 186: cba acb abc
(declare-const s186_ab Bool) (declare-const s186_ac Bool) (declare-const s186_bc Bool)
; profile 187: cba acb acb
(declare-const s187_ab Bool) (declare-const s187_ac Bool) (declare-const s187_bc Bool)
; profile 188: cba acb bac
(declare-const s188_ab Bool) (declare-const s188_ac Bool) (declare-const s188_bc Bool)
; profile 189: cba acb bca
(declare-const s189_ab Bool) (declare-const s189_ac Bool) (declare-const s189_bc Bool)
; profile 190: cba acb cab
(declare-const s190_ab Bool) (declare-const s190_ac Bool) (declare-const s190_bc Bool)
; profile 191: cba acb cba
(declare-const s191_ab Bool) (declare-const s191_ac Bool) (declare-const s191_bc Bool)
; profile 192: cba bac abc
(declare-const s192_ab Bool) (declare-const s192_ac Bool) (declare-const s192_bc Bool)
; profile 193: cba bac acb
(declare-const s193_ab Bool) (declare-const s193_ac Bool) (declare-const s193_bc Bool)
; profile 194: cba bac bac
(declare-const s194_ab Bool) (declare-const s194_ac Bool) (declare-const s194_bc Bool)
; profile 195: cba bac bca
(declare-const s195_ab Bool) (declare-const s195_ac Bool) (declare-const s195_bc Bool)
; profile 196: cba bac cab
(declare-const s196_ab Bool) (declare-const s196_ac Bool) (declare-const s196_bc Bool)
; profile 197: cba bac cba
(declare-const s197_ab Bool) (declare-const s197_ac Bool) (declare-const s197_bc Bool)
; profile 198: cba bca abc
(declare-const s198_ab Bool) (declare-const s198_ac Bool) (declare-const s198_bc Bool)
; profile 199: cba bca acb
(declare-const s199_ab Bool) (declare-const s199_ac Bool) (declare-const s199_bc Bool)
; profile 200: cba bca bac
(declare-const s200_ab Bool) (declare-const s200_ac Bool) (declare-const s200_bc Bool)
; profile 201: cba bca bca
(declare-const s201_ab Bool) (declare-const s201_ac Bool) (declare-const s201_bc Bool)
; profile 202: cba bca cab
(declare-const s202_ab Bool) (declare-const s202_ac Bool) (declare-const s202_bc Bool)
; profile 203: cba bca cba
(declare-const s203_ab Bool) (declare-const s203_ac Bool) (declare-const s203_bc Bool)
; profile 204: cba cab abc
(declare-const s204_ab Bool) (declare-const s204_ac Bool) (declare-const s204_bc Bool)
; profile 205: cba cab acb
(declare-const s205_ab Bool) (declare-const s205_ac Bool) (declare-const s205_bc Bool)
; profile 206: cba cab bac
(declare-const s206_ab Bool) (declare-const s206_ac Bool) (declare-const s206_bc Bool)
; profile 207: cba cab bca
(declare-const s207_ab Bool) (declare-const s207_ac Bool) (declare-const s207_bc Bool)
; profile 208: cba cab cab
(declare-const s208_ab Bool) (declare-const s208_ac Bool) (declare-const s208_bc Bool)
; profile 209: cba cab cba
(declare-const s209_ab Bool) (declare-const s209_ac Bool) (declare-const s209_bc Bool)
; profile 210: cba cba abc
(declare-const s210_ab Bool) (declare-const s210_ac Bool) (declare-const s210_bc Bool)
; profile 211: cba cba acb
(declare-const s211_ab Bool) (declare-const s211_ac Bool) (declare-const s211_bc Bool)
; profile 212: cba cba bac
(declare-const s212_ab Bool) (declare-const s212_ac Bool) (declare-const s212_bc Bool)
; profile 213: cba cba bca
(declare-const s213_ab Bool) (declare-const s213_ac Bool) (declare-const s213_bc Bool)
; profile 214: cba cba cab
(declare-const s214_ab Bool) (declare-const s214_ac Bool) (declare-const s214_bc Bool)
; profile 215: cba cba cba
(declare-const s215_ab Bool) (declare-const s215_ac Bool) (declare-const s215_bc Bool)
; the social ranking at every profile is a strict linear order (transitive on each triple)
(assert (sc-transitive3 s0_ab s0_bc s0_ac))
(assert (sc-transitive3 s1_ab s1_bc s1_ac))
(assert (sc-transitive3 s2_ab s2_bc s2_ac))
(assert (sc-transitive3 s3_ab s3_bc s3_ac))
(assert (sc-transitive3 s4_ab s4_bc s4_ac))
(assert (sc-transitive3 s5_ab s5_bc s5_ac))
(assert (sc-transitive3 s6_ab s6_bc s6_ac))
(assert (sc-transitive3 s7_ab s7_bc s7_ac))
(assert (sc-transitive3 s8_ab s8_bc s8_ac))
(assert (sc-transitive3 s9_ab s9_bc s9_ac))
(assert (sc-transitive3 s10_ab s10_bc s10_ac))
(assert (sc-transitive3 s11_ab s11_bc s11_ac))
(assert (sc-transitive3 s12_ab s12_bc s12_ac))
(assert (sc-transitive3 s13_ab s13_bc s13_ac))
(assert (sc-transitive3 s14_ab s14_bc s14_ac))
(assert (sc-transitive3 s15_ab s15_bc s15_ac))
(assert (sc-transitive3 s16_ab s16_bc s16_ac))
(assert (sc-transitive3 s17_ab s17_bc s17_ac))
(assert (sc-transitive3 s18_ab s18_bc s18_ac))
(assert (sc-transitive3 s19_ab s19_bc s19_ac))
(assert (sc-transitive3 s20_ab s20_bc s20_ac))
(assert (sc-transitive3 s21_ab s21_bc s21_ac))
(assert (sc-transitive3 s22_ab s22_bc s22_ac))
(assert (sc-transitive3 s23_ab s23_bc s23_ac))
(assert (sc-transitive3 s24_ab s24_bc s24_ac))
(assert (sc-transitive3 s25_ab s25_bc s25_ac))
(assert (sc-transitive3 s26_ab s26_bc s26_ac))
(assert (sc-transitive3 s27_ab s27_bc s27_ac))
(assert (sc-transitive3 s28_ab s28_bc s28_ac))
(assert (sc-transitive3 s29_ab s29_bc s29_ac))
(assert (sc-transitive3 s30_ab s30_bc s30_ac))
(assert (sc-transitive3 s31_ab s31_bc s31_ac))
(assert (sc-transitive3 s32_ab s32_bc s32_ac))
(assert (sc-transitive3 s33_ab s33_bc s33_ac))
(assert (sc-transitive3 s34_ab s34_bc s34_ac))
(assert (sc-transitive3 s35_ab s35_bc s35_ac))
(assert (sc-transitive3 s36_ab s36_bc s36_ac))
(assert (sc-transitive3 s37_ab s37_bc s37_ac))
(assert (sc-transitive3 s38_ab s38_bc s38_ac))
(assert (sc-transitive3 s39_ab s39_bc s39_ac))
(assert (sc-transitive3 s40_ab s40_bc s40_ac))
(assert (sc-transitive3 s41_ab s41_bc s41_ac))
(assert (sc-transitive3 s42_ab s42_bc s42_ac))
(assert (sc-transitive3 s43_ab s43_bc s43_ac))
(assert (sc-transitive3 s44_ab s44_bc s44_ac))
(assert (sc-transitive3 s45_ab s45_bc s45_ac))
(assert (sc-transitive3 s46_ab s46_bc s46_ac))
(assert (sc-transitive3 s47_ab s47_bc s47_ac))
(assert (sc-transitive3 s48_ab s48_bc s48_ac))
(assert (sc-transitive3 s49_ab s49_bc s49_ac))
(assert (sc-transitive3 s50_ab s50_bc s50_ac))
(assert (sc-transitive3 s51_ab s51_bc s51_ac))
(assert (sc-transitive3 s52_ab s52_bc s52_ac))
(assert (sc-transitive3 s53_ab s53_bc s53_ac))
(assert (sc-transitive3 s54_ab s54_bc s54_ac))
(assert (sc-transitive3 s55_ab s55_bc s55_ac))
(assert (sc-transitive3 s56_ab s56_bc s56_ac))
(assert (sc-transitive3 s57_ab s57_bc s57_ac))
(assert (sc-transitive3 s58_ab s58_bc s58_ac))
(assert (sc-transitive3 s59_ab s59_bc s59_ac))
(assert (sc-transitive3 s60_ab s60_bc s60_ac))
(assert (sc-transitive3 s61_ab s61_bc s61_ac))
(assert (sc-transitive3 s62_ab s62_bc s62_ac))
(assert (sc-transitive3 s63_ab s63_bc s63_ac))
(assert (sc-transitive3 s64_ab s64_bc s64_ac))
(assert (sc-transitive3 s65_ab s65_bc s65_ac))
(assert (sc-transitive3 s66_ab s66_bc s66_ac))
(assert (sc-transitive3 s67_ab s67_bc s67_ac))
(assert (sc-transitive3 s68_ab s68_bc s68_ac))
(assert (sc-transitive3 s69_ab s69_bc s69_ac))
(assert (sc-transitive3 s70_ab s70_bc s70_ac))
(assert (sc-transitive3 s71_ab s71_bc s71_ac))
(assert (sc-transitive3 s72_ab s72_bc s72_ac))
(assert (sc-transitive3 s73_ab s73_bc s73_ac))
(assert (sc-transitive3 s74_ab s74_bc s74_ac))
(assert (sc-transitive3 s75_ab s75_bc s75_ac))
(assert (sc-transitive3 s76_ab s76_bc s76_ac))
(assert (sc-transitive3 s77_ab s77_bc s77_ac))
(assert (sc-transitive3 s78_ab s78_bc s78_ac))
(assert (sc-transitive3 s79_ab s79_bc s79_ac))
(assert (sc-transitive3 s80_ab s80_bc s80_ac))
(assert (sc-transitive3 s81_ab s81_bc s81_ac))
(assert (sc-transitive3 s82_ab s82_bc s82_ac))
(assert (sc-transitive3 s83_ab s83_bc s83_ac))
(assert (sc-transitive3 s84_ab s84_bc s84_ac))
(assert (sc-transitive3 s85_ab s85_bc s85_ac))
(assert (sc-transitive3 s86_ab s86_bc s86_ac))
(assert (sc-transitive3 s87_ab s87_bc s87_ac))
(assert (sc-transitive3 s88_ab s88_bc s88_ac))
(assert (sc-transitive3 s89_ab s89_bc s89_ac))
(assert (sc-transitive3 s90_ab s90_bc s90_ac))
(assert (sc-transitive3 s91_ab s91_bc s91_ac))
(assert (sc-transitive3 s92_ab s92_bc s92_ac))
(assert (sc-transitive3 s93_ab s93_bc s93_ac))
(assert (sc-transitive3 s94_ab s94_bc s94_ac))
(assert (sc-transitive3 s95_ab s95_bc s95_ac))
(assert (sc-transitive3 s96_ab s96_bc s96_ac))
(assert (sc-transitive3 s97_ab s97_bc s97_ac))
(assert (sc-transitive3 s98_ab s98_bc s98_ac))
(assert (sc-transitive3 s99_ab s99_bc s99_ac))
(assert (sc-transitive3 s100_ab s100_bc s100_ac))
(assert (sc-transitive3 s101_ab s101_bc s101_ac))
(assert (sc-transitive3 s102_ab s102_bc s102_ac))
(assert (sc-transitive3 s103_ab s103_bc s103_ac))
(assert (sc-transitive3 s104_ab s104_bc s104_ac))
(assert (sc-transitive3 s105_ab s105_bc s105_ac))
(assert (sc-transitive3 s106_ab s106_bc s106_ac))
(assert (sc-transitive3 s107_ab s107_bc s107_ac))
(assert (sc-transitive3 s108_ab s108_bc s108_ac))
(assert (sc-transitive3 s109_ab s109_bc s109_ac))
(assert (sc-transitive3 s110_ab s110_bc s110_ac))
(assert (sc-transitive3 s111_ab s111_bc s111_ac))
(assert (sc-transitive3 s112_ab s112_bc s112_ac))
(assert (sc-transitive3 s113_ab s113_bc s113_ac))
(assert (sc-transitive3 s114_ab s114_bc s114_ac))
(assert (sc-transitive3 s115_ab s115_bc s115_ac))
(assert (sc-transitive3 s116_ab s116_bc s116_ac))
(assert (sc-transitive3 s117_ab s117_bc s117_ac))
(assert (sc-transitive3 s118_ab s118_bc s118_ac))
(assert (sc-transitive3 s119_ab s119_bc s119_ac))
(assert (sc-transitive3 s120_ab s120_bc s120_ac))
(assert (sc-transitive3 s121_ab s121_bc s121_ac))
(assert (sc-transitive3 s122_ab s122_bc s122_ac))
(assert (sc-transitive3 s123_ab s123_bc s123_ac))
(assert (sc-transitive3 s124_ab s124_bc s124_ac))
(assert (sc-transitive3 s125_ab s125_bc s125_ac))
(assert (sc-transitive3 s126_ab s126_bc s126_ac))
(assert (sc-transitive3 s127_ab s127_bc s127_ac))
(assert (sc-transitive3 s128_ab s128_bc s128_ac))
(assert (sc-transitive3 s129_ab s129_bc s129_ac))
(assert (sc-transitive3 s130_ab s130_bc s130_ac))
(assert (sc-transitive3 s131_ab s131_bc s131_ac))
(assert (sc-transitive3 s132_ab s132_bc s132_ac))
(assert (sc-transitive3 s133_ab s133_bc s133_ac))
(assert (sc-transitive3 s134_ab s134_bc s134_ac))
(assert (sc-transitive3 s135_ab s135_bc s135_ac))
(assert (sc-transitive3 s136_ab s136_bc s136_ac))
(assert (sc-transitive3 s137_ab s137_bc s137_ac))
(assert (sc-transitive3 s138_ab s138_bc s138_ac))
(assert (sc-transitive3 s139_ab s139_bc s139_ac))
(assert (sc-transitive3 s140_ab s140_bc s140_ac))
(assert (sc-transitive3 s141_ab s141_bc s141_ac))
(assert (sc-transitive3 s142_ab s142_bc s142_ac))
(assert (sc-transitive3 s143_ab s143_bc s143_ac))
(assert (sc-transitive3 s144_ab s144_bc s144_ac))
(assert (sc-transitive3 s145_ab s145_bc s145_ac))
(assert (sc-transitive3 s146_ab s146_bc s146_ac))
(assert (sc-transitive3 s147_ab s147_bc s147_ac))
(assert (sc-transitive3 s148_ab s148_bc s148_ac))
(assert (sc-transitive3 s149_ab s149_bc s149_ac))
(assert (sc-transitive3 s150_ab s150_bc s150_ac))
(assert (sc-transitive3 s151_ab s151_bc s151_ac))
(assert (sc-transitive3 s152_ab s152_bc s152_ac))
(assert (sc-transitive3 s153_ab s153_bc s153_ac))
(assert (sc-transitive3 s154_ab s154_bc s154_ac))
(assert (sc-transitive3 s155_ab s155_bc s155_ac))
(assert (sc-transitive3 s156_ab s156_bc s156_ac))
(assert (sc-transitive3 s157_ab s157_bc s157_ac))
(assert (sc-transitive3 s158_ab s158_bc s158_ac))
(assert (sc-transitive3 s159_ab s159_bc s159_ac))
(assert (sc-transitive3 s160_ab s160_bc s160_ac))
(assert (sc-transitive3 s161_ab s161_bc s161_ac))
(assert (sc-transitive3 s162_ab s162_bc s162_ac))
(assert (sc-transitive3 s163_ab s163_bc s163_ac))
(assert (sc-transitive3 s164_ab s164_bc s164_ac))
(assert (sc-transitive3 s165_ab s165_bc s165_ac))
(assert (sc-transitive3 s166_ab s166_bc s166_ac))
(assert (sc-transitive3 s167_ab s167_bc s167_ac))
(assert (sc-transitive3 s168_ab s168_bc s168_ac))
(assert (sc-transitive3 s169_ab s169_bc s169_ac))
(assert (sc-transitive3 s170_ab s170_bc s170_ac))
(assert (sc-transitive3 s171_ab s171_bc s171_ac))
(assert (sc-transitive3 s172_ab s172_bc s172_ac))
(assert (sc-transitive3 s173_ab s173_bc s173_ac))
(assert (sc-transitive3 s174_ab s174_bc s174_ac))
(assert (sc-transitive3 s175_ab s175_bc s175_ac))
(assert (sc-transitive3 s176_ab s176_bc s176_ac))
(assert (sc-transitive3 s177_ab s177_bc s177_ac))
(assert (sc-transitive3 s178_ab s178_bc s178_ac))
(assert (sc-transitive3 s179_ab s179_bc s179_ac))
(assert (sc-transitive3 s180_ab s180_bc s180_ac))
(assert (sc-transitive3 s181_ab s181_bc s181_ac))
(assert (sc-transitive3 s182_ab s182_bc s182_ac))
(assert (sc-transitive3 s183_ab s183_bc s183_ac))
(assert (sc-transitive3 s184_ab s184_bc s184_ac))
(assert (sc-transitive3 s185_ab s185_bc s185_ac))
(assert (sc-transitive3 s186_ab s186_bc s186_ac))
(assert (sc-transitive3 s187_ab s187_bc s187_ac))
(assert (sc-transitive3 s188_ab s188_bc s188_ac))
(assert (sc-transitive3 s189_ab s189_bc s189_ac))
(assert (sc-transitive3 s190_ab s190_bc s190_ac))
(assert (sc-transitive3 s191_ab s191_bc s191_ac))
(assert (sc-transitive3 s192_ab s192_bc s192_ac))
(assert (sc-transitive3 s193_ab s193_bc s193_ac))
(assert (sc-transitive3 s194_ab s194_bc s194_ac))
(assert (sc-transitive3 s195_ab s195_bc s195_ac))
(assert (sc-transitive3 s196_ab s196_bc s196_ac))
(assert (sc-transitive3 s197_ab s197_bc s197_ac))
(assert (sc-transitive3 s198_ab s198_bc s198_ac))
(assert (sc-transitive3 s199_ab s199_bc s199_ac))
(assert (sc-transitive3 s200_ab s200_bc s200_ac))
(assert (sc-transitive3 s201_ab s201_bc s201_ac))
(assert (sc-transitive3 s202_ab s202_bc s202_ac))
(assert (sc-transitive3 s203_ab s203_bc s203_ac))
(assert (sc-transitive3 s204_ab s204_bc s204_ac))
(assert (sc-transitive3 s205_ab s205_bc s205_ac))
(assert (sc-transitive3 s206_ab s206_bc s206_ac))
(assert (sc-transitive3 s207_ab s207_bc s207_ac))
(assert (sc-transitive3 s208_ab s208_bc s208_ac))
(assert (sc-transitive3 s209_ab s209_bc s209_ac))
(assert (sc-transitive3 s210_ab s210_bc s210_ac))
(assert (sc-transitive3 s211_ab s211_bc s211_ac))
(assert (sc-transitive3 s212_ab s212_bc s212_ac))
(assert (sc-transitive3 s213_ab s213_bc s213_ac))
(assert (sc-transitive3 s214_ab s214_bc s214_ac))
(assert (sc-transitive3 s215_ab s215_bc s215_ac))
; weak Pareto: if every voter puts x above y, so does society
(assert (and s0_ab s0_ac s0_bc))
(assert (and s1_ab s1_ac))
(assert (and s2_ac s2_bc))
(assert s3_bc)
(assert s4_ab)
(assert (and s6_ab s6_ac))
(assert (and s7_ab s7_ac))
(assert s8_ac)
(assert s10_ab)
(assert (and s12_ac s12_bc))
(assert s13_ac)
(assert (and s14_ac s14_bc))
(assert s15_bc)
(assert s18_bc)
(assert s20_bc)
(assert s21_bc)
(assert s24_ab)
(assert s25_ab)
(assert s28_ab)
(assert (and s36_ab s36_ac))
(assert (and s37_ab s37_ac))
(assert s38_ac)
(assert s40_ab)
(assert (and s42_ab s42_ac))
(assert (and s43_ab s43_ac (not s43_bc)))
(assert s44_ac)
(assert (and s46_ab (not s46_bc)))
(assert (not s47_bc))
(assert s48_ac)
(assert s49_ac)
(assert s50_ac)
(assert s60_ab)
(assert (and s61_ab (not s61_bc)))
(assert (and s64_ab (not s64_bc)))
(assert (not s65_bc))
(assert (not s67_bc))
(assert (not s70_bc))
(assert (not s71_bc))
(assert (and s72_ac s72_bc))
(assert s73_ac)
(assert (and s74_ac s74_bc))
(assert s75_bc)
(assert s78_ac)
(assert s79_ac)
(assert s80_ac)
(assert (and s84_ac s84_bc))
(assert s85_ac)
(assert (and (not s86_ab) s86_ac s86_bc))
(assert (and (not s87_ab) s87_bc))
(assert (not s89_ab))
(assert s90_bc)
(assert (and (not s92_ab) s92_bc))
(assert (and (not s93_ab) s93_bc))
(assert (not s95_ab))
(assert (not s104_ab))
(assert (not s105_ab))
(assert (not s107_ab))
(assert s108_bc)
(assert s110_bc)
(assert s111_bc)
(assert s120_bc)
(assert (and (not s122_ab) s122_bc))
(assert (and (not s123_ab) s123_bc))
(assert (not s125_ab))
(assert s126_bc)
(assert (and (not s128_ab) s128_bc))
(assert (and (not s129_ab) (not s129_ac) s129_bc))
(assert (not s130_ac))
(assert (and (not s131_ab) (not s131_ac)))
(assert (not s135_ac))
(assert (not s136_ac))
(assert (not s137_ac))
(assert (not s140_ab))
(assert (and (not s141_ab) (not s141_ac)))
(assert (not s142_ac))
(assert (and (not s143_ab) (not s143_ac)))
(assert s144_ab)
(assert s145_ab)
(assert s148_ab)
(assert s150_ab)
(assert (and s151_ab (not s151_bc)))
(assert (and s154_ab (not s154_bc)))
(assert (not s155_bc))
(assert (not s165_ac))
(assert (not s166_ac))
(assert (not s167_ac))
(assert s168_ab)
(assert (and s169_ab (not s169_bc)))
(assert (not s171_ac))
(assert (and s172_ab (not s172_ac) (not s172_bc)))
(assert (and (not s173_ac) (not s173_bc)))
(assert (not s175_bc))
(assert (not s177_ac))
(assert (and (not s178_ac) (not s178_bc)))
(assert (and (not s179_ac) (not s179_bc)))
(assert (not s187_bc))
(assert (not s190_bc))
(assert (not s191_bc))
(assert (not s194_ab))
(assert (not s195_ab))
(assert (not s197_ab))
(assert (not s200_ab))
(assert (and (not s201_ab) (not s201_ac)))
(assert (not s202_ac))
(assert (and (not s203_ab) (not s203_ac)))
(assert (not s205_bc))
(assert (not s207_ac))
(assert (and (not s208_ac) (not s208_bc)))
(assert (and (not s209_ac) (not s209_bc)))
(assert (not s211_bc))
(assert (not s212_ab))
(assert (and (not s213_ab) (not s213_ac)))
(assert (and (not s214_ac) (not s214_bc)))
(assert (and (not s215_ab) (not s215_ac) (not s215_bc)))
; independence of irrelevant alternatives: the social order of x and y depends only on
; how each voter orders x and y
(assert (=
  s0_ab s1_ab s4_ab s6_ab s7_ab s10_ab s24_ab s25_ab s28_ab s36_ab s37_ab s40_ab
  s42_ab s43_ab s46_ab s60_ab s61_ab s64_ab s144_ab s145_ab s148_ab s150_ab s151_ab s154_ab
  s168_ab s169_ab s172_ab))
(assert (=
  s2_ab s3_ab s5_ab s8_ab s9_ab s11_ab s26_ab s27_ab s29_ab s38_ab s39_ab s41_ab
  s44_ab s45_ab s47_ab s62_ab s63_ab s65_ab s146_ab s147_ab s149_ab s152_ab s153_ab s155_ab
  s170_ab s171_ab s173_ab))
(assert (=
  s12_ab s13_ab s16_ab s18_ab s19_ab s22_ab s30_ab s31_ab s34_ab s48_ab s49_ab s52_ab
  s54_ab s55_ab s58_ab s66_ab s67_ab s70_ab s156_ab s157_ab s160_ab s162_ab s163_ab s166_ab
  s174_ab s175_ab s178_ab))
(assert (=
  s14_ab s15_ab s17_ab s20_ab s21_ab s23_ab s32_ab s33_ab s35_ab s50_ab s51_ab s53_ab
  s56_ab s57_ab s59_ab s68_ab s69_ab s71_ab s158_ab s159_ab s161_ab s164_ab s165_ab s167_ab
  s176_ab s177_ab s179_ab))
(assert (=
  s72_ab s73_ab s76_ab s78_ab s79_ab s82_ab s96_ab s97_ab s100_ab s108_ab s109_ab s112_ab
  s114_ab s115_ab s118_ab s132_ab s133_ab s136_ab s180_ab s181_ab s184_ab s186_ab s187_ab s190_ab
  s204_ab s205_ab s208_ab))
(assert (=
  s74_ab s75_ab s77_ab s80_ab s81_ab s83_ab s98_ab s99_ab s101_ab s110_ab s111_ab s113_ab
  s116_ab s117_ab s119_ab s134_ab s135_ab s137_ab s182_ab s183_ab s185_ab s188_ab s189_ab s191_ab
  s206_ab s207_ab s209_ab))
(assert (=
  s84_ab s85_ab s88_ab s90_ab s91_ab s94_ab s102_ab s103_ab s106_ab s120_ab s121_ab s124_ab
  s126_ab s127_ab s130_ab s138_ab s139_ab s142_ab s192_ab s193_ab s196_ab s198_ab s199_ab s202_ab
  s210_ab s211_ab s214_ab))
(assert (=
  s86_ab s87_ab s89_ab s92_ab s93_ab s95_ab s104_ab s105_ab s107_ab s122_ab s123_ab s125_ab
  s128_ab s129_ab s131_ab s140_ab s141_ab s143_ab s194_ab s195_ab s197_ab s200_ab s201_ab s203_ab
  s212_ab s213_ab s215_ab))
(assert (=
  s0_ac s1_ac s2_ac s6_ac s7_ac s8_ac s12_ac s13_ac s14_ac s36_ac s37_ac s38_ac
  s42_ac s43_ac s44_ac s48_ac s49_ac s50_ac s72_ac s73_ac s74_ac s78_ac s79_ac s80_ac
  s84_ac s85_ac s86_ac))
(assert (=
  s3_ac s4_ac s5_ac s9_ac s10_ac s11_ac s15_ac s16_ac s17_ac s39_ac s40_ac s41_ac
  s45_ac s46_ac s47_ac s51_ac s52_ac s53_ac s75_ac s76_ac s77_ac s81_ac s82_ac s83_ac
  s87_ac s88_ac s89_ac))
(assert (=
  s18_ac s19_ac s20_ac s24_ac s25_ac s26_ac s30_ac s31_ac s32_ac s54_ac s55_ac s56_ac
  s60_ac s61_ac s62_ac s66_ac s67_ac s68_ac s90_ac s91_ac s92_ac s96_ac s97_ac s98_ac
  s102_ac s103_ac s104_ac))
(assert (=
  s21_ac s22_ac s23_ac s27_ac s28_ac s29_ac s33_ac s34_ac s35_ac s57_ac s58_ac s59_ac
  s63_ac s64_ac s65_ac s69_ac s70_ac s71_ac s93_ac s94_ac s95_ac s99_ac s100_ac s101_ac
  s105_ac s106_ac s107_ac))
(assert (=
  s108_ac s109_ac s110_ac s114_ac s115_ac s116_ac s120_ac s121_ac s122_ac s144_ac s145_ac s146_ac
  s150_ac s151_ac s152_ac s156_ac s157_ac s158_ac s180_ac s181_ac s182_ac s186_ac s187_ac s188_ac
  s192_ac s193_ac s194_ac))
(assert (=
  s111_ac s112_ac s113_ac s117_ac s118_ac s119_ac s123_ac s124_ac s125_ac s147_ac s148_ac s149_ac
  s153_ac s154_ac s155_ac s159_ac s160_ac s161_ac s183_ac s184_ac s185_ac s189_ac s190_ac s191_ac
  s195_ac s196_ac s197_ac))
(assert (=
  s126_ac s127_ac s128_ac s132_ac s133_ac s134_ac s138_ac s139_ac s140_ac s162_ac s163_ac s164_ac
  s168_ac s169_ac s170_ac s174_ac s175_ac s176_ac s198_ac s199_ac s200_ac s204_ac s205_ac s206_ac
  s210_ac s211_ac s212_ac))
(assert (=
  s129_ac s130_ac s131_ac s135_ac s136_ac s137_ac s141_ac s142_ac s143_ac s165_ac s166_ac s167_ac
  s171_ac s172_ac s173_ac s177_ac s178_ac s179_ac s201_ac s202_ac s203_ac s207_ac s208_ac s209_ac
  s213_ac s214_ac s215_ac))
(assert (=
  s0_bc s2_bc s3_bc s12_bc s14_bc s15_bc s18_bc s20_bc s21_bc s72_bc s74_bc s75_bc
  s84_bc s86_bc s87_bc s90_bc s92_bc s93_bc s108_bc s110_bc s111_bc s120_bc s122_bc s123_bc
  s126_bc s128_bc s129_bc))
(assert (=
  s1_bc s4_bc s5_bc s13_bc s16_bc s17_bc s19_bc s22_bc s23_bc s73_bc s76_bc s77_bc
  s85_bc s88_bc s89_bc s91_bc s94_bc s95_bc s109_bc s112_bc s113_bc s121_bc s124_bc s125_bc
  s127_bc s130_bc s131_bc))
(assert (=
  s6_bc s8_bc s9_bc s24_bc s26_bc s27_bc s30_bc s32_bc s33_bc s78_bc s80_bc s81_bc
  s96_bc s98_bc s99_bc s102_bc s104_bc s105_bc s114_bc s116_bc s117_bc s132_bc s134_bc s135_bc
  s138_bc s140_bc s141_bc))
(assert (=
  s7_bc s10_bc s11_bc s25_bc s28_bc s29_bc s31_bc s34_bc s35_bc s79_bc s82_bc s83_bc
  s97_bc s100_bc s101_bc s103_bc s106_bc s107_bc s115_bc s118_bc s119_bc s133_bc s136_bc s137_bc
  s139_bc s142_bc s143_bc))
(assert (=
  s36_bc s38_bc s39_bc s48_bc s50_bc s51_bc s54_bc s56_bc s57_bc s144_bc s146_bc s147_bc
  s156_bc s158_bc s159_bc s162_bc s164_bc s165_bc s180_bc s182_bc s183_bc s192_bc s194_bc s195_bc
  s198_bc s200_bc s201_bc))
(assert (=
  s37_bc s40_bc s41_bc s49_bc s52_bc s53_bc s55_bc s58_bc s59_bc s145_bc s148_bc s149_bc
  s157_bc s160_bc s161_bc s163_bc s166_bc s167_bc s181_bc s184_bc s185_bc s193_bc s196_bc s197_bc
  s199_bc s202_bc s203_bc))
(assert (=
  s42_bc s44_bc s45_bc s60_bc s62_bc s63_bc s66_bc s68_bc s69_bc s150_bc s152_bc s153_bc
  s168_bc s170_bc s171_bc s174_bc s176_bc s177_bc s186_bc s188_bc s189_bc s204_bc s206_bc s207_bc
  s210_bc s212_bc s213_bc))
(assert (=
  s43_bc s46_bc s47_bc s61_bc s64_bc s65_bc s67_bc s70_bc s71_bc s151_bc s154_bc s155_bc
  s169_bc s172_bc s173_bc s175_bc s178_bc s179_bc s187_bc s190_bc s191_bc s205_bc s208_bc s209_bc
  s211_bc s214_bc s215_bc))
; non-dictatorship: for each voter some profile and pair where society disagrees with that voter
; voter 1 is not a dictator
(assert (or
  (not s0_ab) (not s0_ac) (not s0_bc) (not s1_ab) (not s1_ac) (not s1_bc) (not s2_ab) (not s2_ac) (not s2_bc) (not s3_ab)
  (not s3_ac) (not s3_bc) (not s4_ab) (not s4_ac) (not s4_bc) (not s5_ab) (not s5_ac) (not s5_bc) (not s6_ab) (not s6_ac)
  (not s6_bc) (not s7_ab) (not s7_ac) (not s7_bc) (not s8_ab) (not s8_ac) (not s8_bc) (not s9_ab) (not s9_ac) (not s9_bc)
  (not s10_ab) (not s10_ac) (not s10_bc) (not s11_ab) (not s11_ac) (not s11_bc) (not s12_ab) (not s12_ac) (not s12_bc) (not s13_ab)
  (not s13_ac) (not s13_bc) (not s14_ab) (not s14_ac) (not s14_bc) (not s15_ab) (not s15_ac) (not s15_bc) (not s16_ab) (not s16_ac)
  (not s16_bc) (not s17_ab) (not s17_ac) (not s17_bc) (not s18_ab) (not s18_ac) (not s18_bc) (not s19_ab) (not s19_ac) (not s19_bc)
  (not s20_ab) (not s20_ac) (not s20_bc) (not s21_ab) (not s21_ac) (not s21_bc) (not s22_ab) (not s22_ac) (not s22_bc) (not s23_ab)
  (not s23_ac) (not s23_bc) (not s24_ab) (not s24_ac) (not s24_bc) (not s25_ab) (not s25_ac) (not s25_bc) (not s26_ab) (not s26_ac)
  (not s26_bc) (not s27_ab) (not s27_ac) (not s27_bc) (not s28_ab) (not s28_ac) (not s28_bc) (not s29_ab) (not s29_ac) (not s29_bc)
  (not s30_ab) (not s30_ac) (not s30_bc) (not s31_ab) (not s31_ac) (not s31_bc) (not s32_ab) (not s32_ac) (not s32_bc) (not s33_ab)
  (not s33_ac) (not s33_bc) (not s34_ab) (not s34_ac) (not s34_bc) (not s35_ab) (not s35_ac) (not s35_bc) (not s36_ab) (not s36_ac)
  s36_bc (not s37_ab) (not s37_ac) s37_bc (not s38_ab) (not s38_ac) s38_bc (not s39_ab) (not s39_ac) s39_bc
  (not s40_ab) (not s40_ac) s40_bc (not s41_ab) (not s41_ac) s41_bc (not s42_ab) (not s42_ac) s42_bc (not s43_ab)
  (not s43_ac) s43_bc (not s44_ab) (not s44_ac) s44_bc (not s45_ab) (not s45_ac) s45_bc (not s46_ab) (not s46_ac)
  s46_bc (not s47_ab) (not s47_ac) s47_bc (not s48_ab) (not s48_ac) s48_bc (not s49_ab) (not s49_ac) s49_bc
  (not s50_ab) (not s50_ac) s50_bc (not s51_ab) (not s51_ac) s51_bc (not s52_ab) (not s52_ac) s52_bc (not s53_ab)
  (not s53_ac) s53_bc (not s54_ab) (not s54_ac) s54_bc (not s55_ab) (not s55_ac) s55_bc (not s56_ab) (not s56_ac)
  s56_bc (not s57_ab) (not s57_ac) s57_bc (not s58_ab) (not s58_ac) s58_bc (not s59_ab) (not s59_ac) s59_bc
  (not s60_ab) (not s60_ac) s60_bc (not s61_ab) (not s61_ac) s61_bc (not s62_ab) (not s62_ac) s62_bc (not s63_ab)
  (not s63_ac) s63_bc (not s64_ab) (not s64_ac) s64_bc (not s65_ab) (not s65_ac) s65_bc (not s66_ab) (not s66_ac)
  s66_bc (not s67_ab) (not s67_ac) s67_bc (not s68_ab) (not s68_ac) s68_bc (not s69_ab) (not s69_ac) s69_bc
  (not s70_ab) (not s70_ac) s70_bc (not s71_ab) (not s71_ac) s71_bc s72_ab (not s72_ac) (not s72_bc) s73_ab
  (not s73_ac) (not s73_bc) s74_ab (not s74_ac) (not s74_bc) s75_ab (not s75_ac) (not s75_bc) s76_ab (not s76_ac)
  (not s76_bc) s77_ab (not s77_ac) (not s77_bc) s78_ab (not s78_ac) (not s78_bc) s79_ab (not s79_ac) (not s79_bc)
  s80_ab (not s80_ac) (not s80_bc) s81_ab (not s81_ac) (not s81_bc) s82_ab (not s82_ac) (not s82_bc) s83_ab
  (not s83_ac) (not s83_bc) s84_ab (not s84_ac) (not s84_bc) s85_ab (not s85_ac) (not s85_bc) s86_ab (not s86_ac)
  (not s86_bc) s87_ab (not s87_ac) (not s87_bc) s88_ab (not s88_ac) (not s88_bc) s89_ab (not s89_ac) (not s89_bc)
  s90_ab (not s90_ac) (not s90_bc) s91_ab (not s91_ac) (not s91_bc) s92_ab (not s92_ac) (not s92_bc) s93_ab
  (not s93_ac) (not s93_bc) s94_ab (not s94_ac) (not s94_bc) s95_ab (not s95_ac) (not s95_bc) s96_ab (not s96_ac)
  (not s96_bc) s97_ab (not s97_ac) (not s97_bc) s98_ab (not s98_ac) (not s98_bc) s99_ab (not s99_ac) (not s99_bc)
  s100_ab (not s100_ac) (not s100_bc) s101_ab (not s101_ac) (not s101_bc) s102_ab (not s102_ac) (not s102_bc) s103_ab
  (not s103_ac) (not s103_bc) s104_ab (not s104_ac) (not s104_bc) s105_ab (not s105_ac) (not s105_bc) s106_ab (not s106_ac)
  (not s106_bc) s107_ab (not s107_ac) (not s107_bc) s108_ab s108_ac (not s108_bc) s109_ab s109_ac (not s109_bc)
  s110_ab s110_ac (not s110_bc) s111_ab s111_ac (not s111_bc) s112_ab s112_ac (not s112_bc) s113_ab
  s113_ac (not s113_bc) s114_ab s114_ac (not s114_bc) s115_ab s115_ac (not s115_bc) s116_ab s116_ac
  (not s116_bc) s117_ab s117_ac (not s117_bc) s118_ab s118_ac (not s118_bc) s119_ab s119_ac (not s119_bc)
  s120_ab s120_ac (not s120_bc) s121_ab s121_ac (not s121_bc) s122_ab s122_ac (not s122_bc) s123_ab
  s123_ac (not s123_bc) s124_ab s124_ac (not s124_bc) s125_ab s125_ac (not s125_bc) s126_ab s126_ac
  (not s126_bc) s127_ab s127_ac (not s127_bc) s128_ab s128_ac (not s128_bc) s129_ab s129_ac (not s129_bc)
  s130_ab s130_ac (not s130_bc) s131_ab s131_ac (not s131_bc) s132_ab s132_ac (not s132_bc) s133_ab
  s133_ac (not s133_bc) s134_ab s134_ac (not s134_bc) s135_ab s135_ac (not s135_bc) s136_ab s136_ac
  (not s136_bc) s137_ab s137_ac (not s137_bc) s138_ab s138_ac (not s138_bc) s139_ab s139_ac (not s139_bc)
  s140_ab s140_ac (not s140_bc) s141_ab s141_ac (not s141_bc) s142_ab s142_ac (not s142_bc) s143_ab
  s143_ac (not s143_bc) (not s144_ab) s144_ac s144_bc (not s145_ab) s145_ac s145_bc (not s146_ab) s146_ac
  s146_bc (not s147_ab) s147_ac s147_bc (not s148_ab) s148_ac s148_bc (not s149_ab) s149_ac s149_bc
  (not s150_ab) s150_ac s150_bc (not s151_ab) s151_ac s151_bc (not s152_ab) s152_ac s152_bc (not s153_ab)
  s153_ac s153_bc (not s154_ab) s154_ac s154_bc (not s155_ab) s155_ac s155_bc (not s156_ab) s156_ac
  s156_bc (not s157_ab) s157_ac s157_bc (not s158_ab) s158_ac s158_bc (not s159_ab) s159_ac s159_bc
  (not s160_ab) s160_ac s160_bc (not s161_ab) s161_ac s161_bc (not s162_ab) s162_ac s162_bc (not s163_ab)
  s163_ac s163_bc (not s164_ab) s164_ac s164_bc (not s165_ab) s165_ac s165_bc (not s166_ab) s166_ac
  s166_bc (not s167_ab) s167_ac s167_bc (not s168_ab) s168_ac s168_bc (not s169_ab) s169_ac s169_bc
  (not s170_ab) s170_ac s170_bc (not s171_ab) s171_ac s171_bc (not s172_ab) s172_ac s172_bc (not s173_ab)
  s173_ac s173_bc (not s174_ab) s174_ac s174_bc (not s175_ab) s175_ac s175_bc (not s176_ab) s176_ac
  s176_bc (not s177_ab) s177_ac s177_bc (not s178_ab) s178_ac s178_bc (not s179_ab) s179_ac s179_bc
  s180_ab s180_ac s180_bc s181_ab s181_ac s181_bc s182_ab s182_ac s182_bc s183_ab
  s183_ac s183_bc s184_ab s184_ac s184_bc s185_ab s185_ac s185_bc s186_ab s186_ac
  s186_bc s187_ab s187_ac s187_bc s188_ab s188_ac s188_bc s189_ab s189_ac s189_bc
  s190_ab s190_ac s190_bc s191_ab s191_ac s191_bc s192_ab s192_ac s192_bc s193_ab
  s193_ac s193_bc s194_ab s194_ac s194_bc s195_ab s195_ac s195_bc s196_ab s196_ac
  s196_bc s197_ab s197_ac s197_bc s198_ab s198_ac s198_bc s199_ab s199_ac s199_bc
  s200_ab s200_ac s200_bc s201_ab s201_ac s201_bc s202_ab s202_ac s202_bc s203_ab
  s203_ac s203_bc s204_ab s204_ac s204_bc s205_ab s205_ac s205_bc s206_ab s206_ac
  s206_bc s207_ab s207_ac s207_bc s208_ab s208_ac s208_bc s209_ab s209_ac s209_bc
  s210_ab s210_ac s210_bc s211_ab s211_ac s211_bc s212_ab s212_ac s212_bc s213_ab
  s213_ac s213_bc s214_ab s214_ac s214_bc s215_ab s215_ac s215_bc))
; voter 2 is not a dictator
(assert (or
  (not s0_ab) (not s0_ac) (not s0_bc) (not s1_ab) (not s1_ac) (not s1_bc) (not s2_ab) (not s2_ac) (not s2_bc) (not s3_ab)
  (not s3_ac) (not s3_bc) (not s4_ab) (not s4_ac) (not s4_bc) (not s5_ab) (not s5_ac) (not s5_bc) (not s6_ab) (not s6_ac)
  s6_bc (not s7_ab) (not s7_ac) s7_bc (not s8_ab) (not s8_ac) s8_bc (not s9_ab) (not s9_ac) s9_bc
  (not s10_ab) (not s10_ac) s10_bc (not s11_ab) (not s11_ac) s11_bc s12_ab (not s12_ac) (not s12_bc) s13_ab
  (not s13_ac) (not s13_bc) s14_ab (not s14_ac) (not s14_bc) s15_ab (not s15_ac) (not s15_bc) s16_ab (not s16_ac)
  (not s16_bc) s17_ab (not s17_ac) (not s17_bc) s18_ab s18_ac (not s18_bc) s19_ab s19_ac (not s19_bc)
  s20_ab s20_ac (not s20_bc) s21_ab s21_ac (not s21_bc) s22_ab s22_ac (not s22_bc) s23_ab
  s23_ac (not s23_bc) (not s24_ab) s24_ac s24_bc (not s25_ab) s25_ac s25_bc (not s26_ab) s26_ac
  s26_bc (not s27_ab) s27_ac s27_bc (not s28_ab) s28_ac s28_bc (not s29_ab) s29_ac s29_bc
  s30_ab s30_ac s30_bc s31_ab s31_ac s31_bc s32_ab s32_ac s32_bc s33_ab
  s33_ac s33_bc s34_ab s34_ac s34_bc s35_ab s35_ac s35_bc (not s36_ab) (not s36_ac)
  (not s36_bc) (not s37_ab) (not s37_ac) (not s37_bc) (not s38_ab) (not s38_ac) (not s38_bc) (not s39_ab) (not s39_ac) (not s39_bc)
  (not s40_ab) (not s40_ac) (not s40_bc) (not s41_ab) (not s41_ac) (not s41_bc) (not s42_ab) (not s42_ac) s42_bc (not s43_ab)
  (not s43_ac) s43_bc (not s44_ab) (not s44_ac) s44_bc (not s45_ab) (not s45_ac) s45_bc (not s46_ab) (not s46_ac)
  s46_bc (not s47_ab) (not s47_ac) s47_bc s48_ab (not s48_ac) (not s48_bc) s49_ab (not s49_ac) (not s49_bc)
  s50_ab (not s50_ac) (not s50_bc) s51_ab (not s51_ac) (not s51_bc) s52_ab (not s52_ac) (not s52_bc) s53_ab
  (not s53_ac) (not s53_bc) s54_ab s54_ac (not s54_bc) s55_ab s55_ac (not s55_bc) s56_ab s56_ac
  (not s56_bc) s57_ab s57_ac (not s57_bc) s58_ab s58_ac (not s58_bc) s59_ab s59_ac (not s59_bc)
  (not s60_ab) s60_ac s60_bc (not s61_ab) s61_ac s61_bc (not s62_ab) s62_ac s62_bc (not s63_ab)
  s63_ac s63_bc (not s64_ab) s64_ac s64_bc (not s65_ab) s65_ac s65_bc s66_ab s66_ac
  s66_bc s67_ab s67_ac s67_bc s68_ab s68_ac s68_bc s69_ab s69_ac s69_bc
  s70_ab s70_ac s70_bc s71_ab s71_ac s71_bc (not s72_ab) (not s72_ac) (not s72_bc) (not s73_ab)
  (not s73_ac) (not s73_bc) (not s74_ab) (not s74_ac) (not s74_bc) (not s75_ab) (not s75_ac) (not s75_bc) (not s76_ab) (not s76_ac)
  (not s76_bc) (not s77_ab) (not s77_ac) (not s77_bc) (not s78_ab) (not s78_ac) s78_bc (not s79_ab) (not s79_ac) s79_bc
  (not s80_ab) (not s80_ac) s80_bc (not s81_ab) (not s81_ac) s81_bc (not s82_ab) (not s82_ac) s82_bc (not s83_ab)
  (not s83_ac) s83_bc s84_ab (not s84_ac) (not s84_bc) s85_ab (not s85_ac) (not s85_bc) s86_ab (not s86_ac)
  (not s86_bc) s87_ab (not s87_ac) (not s87_bc) s88_ab (not s88_ac) (not s88_bc) s89_ab (not s89_ac) (not s89_bc)
  s90_ab s90_ac (not s90_bc) s91_ab s91_ac (not s91_bc) s92_ab s92_ac (not s92_bc) s93_ab
  s93_ac (not s93_bc) s94_ab s94_ac (not s94_bc) s95_ab s95_ac (not s95_bc) (not s96_ab) s96_ac
  s96_bc (not s97_ab) s97_ac s97_bc (not s98_ab) s98_ac s98_bc (not s99_ab) s99_ac s99_bc
  (not s100_ab) s100_ac s100_bc (not s101_ab) s101_ac s101_bc s102_ab s102_ac s102_bc s103_ab
  s103_ac s103_bc s104_ab s104_ac s104_bc s105_ab s105_ac s105_bc s106_ab s106_ac
  s106_bc s107_ab s107_ac s107_bc (not s108_ab) (not s108_ac) (not s108_bc) (not s109_ab) (not s109_ac) (not s109_bc)
  (not s110_ab) (not s110_ac) (not s110_bc) (not s111_ab) (not s111_ac) (not s111_bc) (not s112_ab) (not s112_ac) (not s112_bc) (not s113_ab)
  (not s113_ac) (not s113_bc) (not s114_ab) (not s114_ac) s114_bc (not s115_ab) (not s115_ac) s115_bc (not s116_ab) (not s116_ac)
  s116_bc (not s117_ab) (not s117_ac) s117_bc (not s118_ab) (not s118_ac) s118_bc (not s119_ab) (not s119_ac) s119_bc
  s120_ab (not s120_ac) (not s120_bc) s121_ab (not s121_ac) (not s121_bc) s122_ab (not s122_ac) (not s122_bc) s123_ab
  (not s123_ac) (not s123_bc) s124_ab (not s124_ac) (not s124_bc) s125_ab (not s125_ac) (not s125_bc) s126_ab s126_ac
  (not s126_bc) s127_ab s127_ac (not s127_bc) s128_ab s128_ac (not s128_bc) s129_ab s129_ac (not s129_bc)
  s130_ab s130_ac (not s130_bc) s131_ab s131_ac (not s131_bc) (not s132_ab) s132_ac s132_bc (not s133_ab)
  s133_ac s133_bc (not s134_ab) s134_ac s134_bc (not s135_ab) s135_ac s135_bc (not s136_ab) s136_ac
  s136_bc (not s137_ab) s137_ac s137_bc s138_ab s138_ac s138_bc s139_ab s139_ac s139_bc
  s140_ab s140_ac s140_bc s141_ab s141_ac s141_bc s142_ab s142_ac s142_bc s143_ab
  s143_ac s143_bc (not s144_ab) (not s144_ac) (not s144_bc) (not s145_ab) (not s145_ac) (not s145_bc) (not s146_ab) (not s146_ac)
  (not s146_bc) (not s147_ab) (not s147_ac) (not s147_bc) (not s148_ab) (not s148_ac) (not s148_bc) (not s149_ab) (not s149_ac) (not s149_bc)
  (not s150_ab) (not s150_ac) s150_bc (not s151_ab) (not s151_ac) s151_bc (not s152_ab) (not s152_ac) s152_bc (not s153_ab)
  (not s153_ac) s153_bc (not s154_ab) (not s154_ac) s154_bc (not s155_ab) (not s155_ac) s155_bc s156_ab (not s156_ac)
  (not s156_bc) s157_ab (not s157_ac) (not s157_bc) s158_ab (not s158_ac) (not s158_bc) s159_ab (not s159_ac) (not s159_bc)
  s160_ab (not s160_ac) (not s160_bc) s161_ab (not s161_ac) (not s161_bc) s162_ab s162_ac (not s162_bc) s163_ab
  s163_ac (not s163_bc) s164_ab s164_ac (not s164_bc) s165_ab s165_ac (not s165_bc) s166_ab s166_ac
  (not s166_bc) s167_ab s167_ac (not s167_bc) (not s168_ab) s168_ac s168_bc (not s169_ab) s169_ac s169_bc
  (not s170_ab) s170_ac s170_bc (not s171_ab) s171_ac s171_bc (not s172_ab) s172_ac s172_bc (not s173_ab)
  s173_ac s173_bc s174_ab s174_ac s174_bc s175_ab s175_ac s175_bc s176_ab s176_ac
  s176_bc s177_ab s177_ac s177_bc s178_ab s178_ac s178_bc s179_ab s179_ac s179_bc
  (not s180_ab) (not s180_ac) (not s180_bc) (not s181_ab) (not s181_ac) (not s181_bc) (not s182_ab) (not s182_ac) (not s182_bc) (not s183_ab)
  (not s183_ac) (not s183_bc) (not s184_ab) (not s184_ac) (not s184_bc) (not s185_ab) (not s185_ac) (not s185_bc) (not s186_ab) (not s186_ac)
  s186_bc (not s187_ab) (not s187_ac) s187_bc (not s188_ab) (not s188_ac) s188_bc (not s189_ab) (not s189_ac) s189_bc
  (not s190_ab) (not s190_ac) s190_bc (not s191_ab) (not s191_ac) s191_bc s192_ab (not s192_ac) (not s192_bc) s193_ab
  (not s193_ac) (not s193_bc) s194_ab (not s194_ac) (not s194_bc) s195_ab (not s195_ac) (not s195_bc) s196_ab (not s196_ac)
  (not s196_bc) s197_ab (not s197_ac) (not s197_bc) s198_ab s198_ac (not s198_bc) s199_ab s199_ac (not s199_bc)
  s200_ab s200_ac (not s200_bc) s201_ab s201_ac (not s201_bc) s202_ab s202_ac (not s202_bc) s203_ab
  s203_ac (not s203_bc) (not s204_ab) s204_ac s204_bc (not s205_ab) s205_ac s205_bc (not s206_ab) s206_ac
  s206_bc (not s207_ab) s207_ac s207_bc (not s208_ab) s208_ac s208_bc (not s209_ab) s209_ac s209_bc
  s210_ab s210_ac s210_bc s211_ab s211_ac s211_bc s212_ab s212_ac s212_bc s213_ab
  s213_ac s213_bc s214_ab s214_ac s214_bc s215_ab s215_ac s215_bc))
; voter 3 is not a dictator
(assert (or
  (not s0_ab) (not s0_ac) (not s0_bc) (not s1_ab) (not s1_ac) s1_bc s2_ab (not s2_ac) (not s2_bc) s3_ab
  s3_ac (not s3_bc) (not s4_ab) s4_ac s4_bc s5_ab s5_ac s5_bc (not s6_ab) (not s6_ac)
  (not s6_bc) (not s7_ab) (not s7_ac) s7_bc s8_ab (not s8_ac) (not s8_bc) s9_ab s9_ac (not s9_bc)
  (not s10_ab) s10_ac s10_bc s11_ab s11_ac s11_bc (not s12_ab) (not s12_ac) (not s12_bc) (not s13_ab)
  (not s13_ac) s13_bc s14_ab (not s14_ac) (not s14_bc) s15_ab s15_ac (not s15_bc) (not s16_ab) s16_ac
  s16_bc s17_ab s17_ac s17_bc (not s18_ab) (not s18_ac) (not s18_bc) (not s19_ab) (not s19_ac) s19_bc
  s20_ab (not s20_ac) (not s20_bc) s21_ab s21_ac (not s21_bc) (not s22_ab) s22_ac s22_bc s23_ab
  s23_ac s23_bc (not s24_ab) (not s24_ac) (not s24_bc) (not s25_ab) (not s25_ac) s25_bc s26_ab (not s26_ac)
  (not s26_bc) s27_ab s27_ac (not s27_bc) (not s28_ab) s28_ac s28_bc s29_ab s29_ac s29_bc
  (not s30_ab) (not s30_ac) (not s30_bc) (not s31_ab) (not s31_ac) s31_bc s32_ab (not s32_ac) (not s32_bc) s33_ab
  s33_ac (not s33_bc) (not s34_ab) s34_ac s34_bc s35_ab s35_ac s35_bc (not s36_ab) (not s36_ac)
  (not s36_bc) (not s37_ab) (not s37_ac) s37_bc s38_ab (not s38_ac) (not s38_bc) s39_ab s39_ac (not s39_bc)
  (not s40_ab) s40_ac s40_bc s41_ab s41_ac s41_bc (not s42_ab) (not s42_ac) (not s42_bc) (not s43_ab)
  (not s43_ac) s43_bc s44_ab (not s44_ac) (not s44_bc) s45_ab s45_ac (not s45_bc) (not s46_ab) s46_ac
  s46_bc s47_ab s47_ac s47_bc (not s48_ab) (not s48_ac) (not s48_bc) (not s49_ab) (not s49_ac) s49_bc
  s50_ab (not s50_ac) (not s50_bc) s51_ab s51_ac (not s51_bc) (not s52_ab) s52_ac s52_bc s53_ab
  s53_ac s53_bc (not s54_ab) (not s54_ac) (not s54_bc) (not s55_ab) (not s55_ac) s55_bc s56_ab (not s56_ac)
  (not s56_bc) s57_ab s57_ac (not s57_bc) (not s58_ab) s58_ac s58_bc s59_ab s59_ac s59_bc
  (not s60_ab) (not s60_ac) (not s60_bc) (not s61_ab) (not s61_ac) s61_bc s62_ab (not s62_ac) (not s62_bc) s63_ab
  s63_ac (not s63_bc) (not s64_ab) s64_ac s64_bc s65_ab s65_ac s65_bc (not s66_ab) (not s66_ac)
  (not s66_bc) (not s67_ab) (not s67_ac) s67_bc s68_ab (not s68_ac) (not s68_bc) s69_ab s69_ac (not s69_bc)
  (not s70_ab) s70_ac s70_bc s71_ab s71_ac s71_bc (not s72_ab) (not s72_ac) (not s72_bc) (not s73_ab)
  (not s73_ac) s73_bc s74_ab (not s74_ac) (not s74_bc) s75_ab s75_ac (not s75_bc) (not s76_ab) s76_ac
  s76_bc s77_ab s77_ac s77_bc (not s78_ab) (not s78_ac) (not s78_bc) (not s79_ab) (not s79_ac) s79_bc
  s80_ab (not s80_ac) (not s80_bc) s81_ab s81_ac (not s81_bc) (not s82_ab) s82_ac s82_bc s83_ab
  s83_ac s83_bc (not s84_ab) (not s84_ac) (not s84_bc) (not s85_ab) (not s85_ac) s85_bc s86_ab (not s86_ac)
  (not s86_bc) s87_ab s87_ac (not s87_bc) (not s88_ab) s88_ac s88_bc s89_ab s89_ac s89_bc
  (not s90_ab) (not s90_ac) (not s90_bc) (not s91_ab) (not s91_ac) s91_bc s92_ab (not s92_ac) (not s92_bc) s93_ab
  s93_ac (not s93_bc) (not s94_ab) s94_ac s94_bc s95_ab s95_ac s95_bc (not s96_ab) (not s96_ac)
  (not s96_bc) (not s97_ab) (not s97_ac) s97_bc s98_ab (not s98_ac) (not s98_bc) s99_ab s99_ac (not s99_bc)
  (not s100_ab) s100_ac s100_bc s101_ab s101_ac s101_bc (not s102_ab) (not s102_ac) (not s102_bc) (not s103_ab)
  (not s103_ac) s103_bc s104_ab (not s104_ac) (not s104_bc) s105_ab s105_ac (not s105_bc) (not s106_ab) s106_ac
  s106_bc s107_ab s107_ac s107_bc (not s108_ab) (not s108_ac) (not s108_bc) (not s109_ab) (not s109_ac) s109_bc
  s110_ab (not s110_ac) (not s110_bc) s111_ab s111_ac (not s111_bc) (not s112_ab) s112_ac s112_bc s113_ab
  s113_ac s113_bc (not s114_ab) (not s114_ac) (not s114_bc) (not s115_ab) (not s115_ac) s115_bc s116_ab (not s116_ac)
  (not s116_bc) s117_ab s117_ac (not s117_bc) (not s118_ab) s118_ac s118_bc s119_ab s119_ac s119_bc
  (not s120_ab) (not s120_ac) (not s120_bc) (not s121_ab) (not s121_ac) s121_bc s122_ab (not s122_ac) (not s122_bc) s123_ab
  s123_ac (not s123_bc) (not s124_ab) s124_ac s124_bc s125_ab s125_ac s125_bc (not s126_ab) (not s126_ac)
  (not s126_bc) (not s127_ab) (not s127_ac) s127_bc s128_ab (not s128_ac) (not s128_bc) s129_ab s129_ac (not s129_bc)
  (not s130_ab) s130_ac s130_bc s131_ab s131_ac s131_bc (not s132_ab) (not s132_ac) (not s132_bc) (not s133_ab)
  (not s133_ac) s133_bc s134_ab (not s134_ac) (not s134_bc) s135_ab s135_ac (not s135_bc) (not s136_ab) s136_ac
  s136_bc s137_ab s137_ac s137_bc (not s138_ab) (not s138_ac) (not s138_bc) (not s139_ab) (not s139_ac) s139_bc
  s140_ab (not s140_ac) (not s140_bc) s141_ab s141_ac (not s141_bc) (not s142_ab) s142_ac s142_bc s143_ab
  s143_ac s143_bc (not s144_ab) (not s144_ac) (not s144_bc) (not s145_ab) (not s145_ac) s145_bc s146_ab (not s146_ac)
  (not s146_bc) s147_ab s147_ac (not s147_bc) (not s148_ab) s148_ac s148_bc s149_ab s149_ac s149_bc
  (not s150_ab) (not s150_ac) (not s150_bc) (not s151_ab) (not s151_ac) s151_bc s152_ab (not s152_ac) (not s152_bc) s153_ab
  s153_ac (not s153_bc) (not s154_ab) s154_ac s154_bc s155_ab s155_ac s155_bc (not s156_ab) (not s156_ac)
  (not s156_bc) (not s157_ab) (not s157_ac) s157_bc s158_ab (not s158_ac) (not s158_bc) s159_ab s159_ac (not s159_bc)
  (not s160_ab) s160_ac s160_bc s161_ab s161_ac s161_bc (not s162_ab) (not s162_ac) (not s162_bc) (not s163_ab)
  (not s163_ac) s163_bc s164_ab (not s164_ac) (not s164_bc) s165_ab s165_ac (not s165_bc) (not s166_ab) s166_ac
  s166_bc s167_ab s167_ac s167_bc (not s168_ab) (not s168_ac) (not s168_bc) (not s169_ab) (not s169_ac) s169_bc
  s170_ab (not s170_ac) (not s170_bc) s171_ab s171_ac (not s171_bc) (not s172_ab) s172_ac s172_bc s173_ab
  s173_ac s173_bc (not s174_ab) (not s174_ac) (not s174_bc) (not s175_ab) (not s175_ac) s175_bc s176_ab (not s176_ac)
  (not s176_bc) s177_ab s177_ac (not s177_bc) (not s178_ab) s178_ac s178_bc s179_ab s179_ac s179_bc
  (not s180_ab) (not s180_ac) (not s180_bc) (not s181_ab) (not s181_ac) s181_bc s182_ab (not s182_ac) (not s182_bc) s183_ab
  s183_ac (not s183_bc) (not s184_ab) s184_ac s184_bc s185_ab s185_ac s185_bc (not s186_ab) (not s186_ac)
  (not s186_bc) (not s187_ab) (not s187_ac) s187_bc s188_ab (not s188_ac) (not s188_bc) s189_ab s189_ac (not s189_bc)
  (not s190_ab) s190_ac s190_bc s191_ab s191_ac s191_bc (not s192_ab) (not s192_ac) (not s192_bc) (not s193_ab)
  (not s193_ac) s193_bc s194_ab (not s194_ac) (not s194_bc) s195_ab s195_ac (not s195_bc) (not s196_ab) s196_ac
  s196_bc s197_ab s197_ac s197_bc (not s198_ab) (not s198_ac) (not s198_bc) (not s199_ab) (not s199_ac) s199_bc
  s200_ab (not s200_ac) (not s200_bc) s201_ab s201_ac (not s201_bc) (not s202_ab) s202_ac s202_bc s203_ab
  s203_ac s203_bc (not s204_ab) (not s204_ac) (not s204_bc) (not s205_ab) (not s205_ac) s205_bc s206_ab (not s206_ac)
  (not s206_bc) s207_ab s207_ac (not s207_bc) (not s208_ab) s208_ac s208_bc s209_ab s209_ac s209_bc
  (not s210_ab) (not s210_ac) (not s210_bc) (not s211_ab) (not s211_ac) s211_bc s212_ab (not s212_ac) (not s212_bc) s213_ab
  s213_ac (not s213_bc) (not s214_ab) s214_ac s214_bc s215_ab s215_ac s215_bc))
