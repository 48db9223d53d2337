package vn.cong.portal.pages;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;
import jakarta.faces.view.ViewMetadata;
import java.util.Set;

/**
 * Citizen pages ({@code /public/…}) have no {@code f:metadata}: their views say so, and Faces skips building a
 * metadata view from the page before building the page itself (a second pass over the template on every request;
 * about 6% of a rendered article). Back-office views keep their metadata (view parameters, view actions), and so do
 * the citizens' forms ({@link #FORMS}): their view action takes a sending before the page's component tree is built,
 * so a taken one answers 303 without it (a third of a question submission's work).
 */
public class CitizenViewDeclarations extends ViewDeclarationLanguageFactory {

    /** The citizen views whose view action handles a form's sending. */
    static final Set<String> FORMS = Set.of(PublicRoute.Kind.QUESTION_FORM.view(), PublicRoute.Kind.SURVEY.view(),
            PublicRoute.Kind.CONSULTATION.view());

    private volatile ViewDeclarationLanguage citizen;

    public CitizenViewDeclarations(ViewDeclarationLanguageFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
        ViewDeclarationLanguage language = getWrapped().getViewDeclarationLanguage(viewId);
        if (viewId == null || !viewId.startsWith(PublicRoute.VIEWS) || FORMS.contains(viewId) || language == null) {
            return language;
        }
        ViewDeclarationLanguage withoutMetadata = citizen;
        if (withoutMetadata == null || withoutMetadata instanceof WithoutMetadata w && w.getWrapped() != language) {
            withoutMetadata = new WithoutMetadata(language);
            citizen = withoutMetadata;
        }
        return withoutMetadata;
    }

    private static final class WithoutMetadata extends ViewDeclarationLanguageWrapper {

        WithoutMetadata(ViewDeclarationLanguage wrapped) {
            super(wrapped);
        }

        @Override
        public ViewMetadata getViewMetadata(FacesContext context, String viewId) {
            return null;
        }
    }
}
