package io.newsroute.common.model;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The ISO 3166-1 alpha-2 codes, as the JDK knows them, plus XK (Kosovo, user-assigned but in common use). */
public final class CountryCodes {

    private static final Set<String> CODES;

    static {
        Set<String> s = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
        s.add("XK");
        CODES = Set.copyOf(s);
    }

    private CountryCodes() {}

    /** Whether {@code code} is an upper-case ISO 3166-1 alpha-2 code. */
    public static boolean isValid(String code) {
        return code != null && code.length() == 2 && CODES.contains(code);
    }

    /** All codes. */
    public static Set<String> all() {
        return CODES;
    }

    /** The English short name of a code, from the JDK's CLDR data. */
    public static String englishName(String code) {
        if ("XK".equals(code)) {
            return "Kosovo";
        }
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
