package vn.cong.tenancy;

import vn.cong.platform.DomainException;

/** The official name or abbreviation gives no valid hostname label. */
public class InvalidUnitNameException extends DomainException {

    public InvalidUnitNameException(String name) {
        super(422, "unit.name.invalid", name);
    }
}
