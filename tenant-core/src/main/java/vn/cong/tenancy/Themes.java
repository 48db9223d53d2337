package vn.cong.tenancy;

import java.util.List;

/**
 * The portal themes a unit may choose — the Faces resource library contracts of the {@code themes} module, besides
 * {@code gov-base} which every theme builds on. Add a theme there and name it here.
 */
public final class Themes {

    public static final String DEFAULT = "gov-blue";

    public static final List<String> AVAILABLE = List.of("gov-blue", "gov-red");

    private Themes() {
    }
}
