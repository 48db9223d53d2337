package vn.cong.interaction;

/**
 * How an asker's data show where they are not opened: enough to tell two askers apart and to recognise one's own
 * ("0912 ••• •78"), never enough to call or find the person. Published pages show the name and, at most, the masked
 * phone; responders see these until they open the data (audited).
 */
public final class PersonalDataMask {

    private static final char HIDDEN = '•';

    private PersonalDataMask() {
    }

    /**
     * A person's name as published answers and the desk show it: the given name (the last word, by which Vietnamese
     * address one another) after the initials of the others, {@code T. V. Bình}; {@link Question#ERASED} stays.
     */
    public static String name(String name) {
        if (name == null || name.isBlank() || Question.ERASED.equals(name)) {
            return name;
        }
        String[] words = name.strip().split("\\s+");
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            shown.append(words[i].codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                    StringBuilder::append)).append(". ");
        }
        return shown.append(words[words.length - 1]).toString();
    }

    /** The first four and last two digits: {@code 0912•••••78}. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() < 7 ? hidden(digits.length())
                : digits.substring(0, 4) + hidden(digits.length() - 6) + digits.substring(digits.length() - 2);
    }

    /** An ID or passport number: its last three characters only. */
    public static String idNumber(String number) {
        if (number == null) {
            return null;
        }
        String plain = number.strip();
        return plain.length() <= 4 ? hidden(plain.length())
                : hidden(plain.length() - 3) + plain.substring(plain.length() - 3);
    }

    /** An e-mail: the first letter of the name and the whole domain, {@code b•••@example.vn}. */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at < 1 ? hidden(3) : email.charAt(0) + hidden(3) + email.substring(at);
    }

    /** An address: only its last part (the commune or city), {@code •••, xã Đạo Trù}. */
    public static String address(String address) {
        if (address == null) {
            return null;
        }
        int comma = address.lastIndexOf(',');
        return comma < 0 ? hidden(3) : hidden(3) + address.substring(comma);
    }

    private static String hidden(int length) {
        return String.valueOf(HIDDEN).repeat(Math.max(length, 0));
    }
}
