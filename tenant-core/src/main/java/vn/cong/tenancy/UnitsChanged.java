package vn.cong.tenancy;

/** Fired when units or hostnames were added or changed: the host directory reloads after commit. */
public record UnitsChanged() {
}
