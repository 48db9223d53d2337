package vn.cong.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.cong.platform.TenantOwned;
import vn.cong.platform.VietnameseText;

/** A category of a unit's information catalog (chuyên mục), e.g. "Tin tức - Sự kiện". */
@Entity
@Table(name = "category")
public class Category extends TenantOwned {

    @Column(nullable = false)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false)
    private ContentType contentType;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** Shown as a block of latest items on the unit's home page. */
    @Column(name = "on_home", nullable = false)
    private boolean onHome;

    protected Category() {
    }

    public Category(String code, String nameVi, String nameEn, ContentType contentType, int sortOrder, boolean onHome) {
        this.code = code;
        this.nameVi = VietnameseText.nfc(nameVi);
        this.nameEn = VietnameseText.nfc(nameEn);
        this.contentType = contentType;
        this.sortOrder = sortOrder;
        this.onHome = onHome;
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public ContentType getContentType() {
        return contentType;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isOnHome() {
        return onHome;
    }
}
