package vn.cong.royalty;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.YearMonth;
import vn.cong.platform.PlatformEntity;

/** The royalty repository in memory, for tests of the ledger without a database. */
class FakeRoyalties extends RoyaltyRepository {

    final List<RoyaltyRate> rates = new ArrayList<>();
    final List<RoyaltyBaseValue> bases = new ArrayList<>();
    final List<ContributorList> lists = new ArrayList<>();
    final List<Contribution> contributions = new ArrayList<>();
    final List<RoyaltyLine> lines = new ArrayList<>();
    final List<RoyaltySheet> sheets = new ArrayList<>();
    private long nextId = 1000;

    @Override
    public void add(Object row) {
        setField(PlatformEntity.class, row, "id", nextId++);
        if (row instanceof RoyaltyRate r) {
            rates.add(r);
        } else if (row instanceof RoyaltyBaseValue b) {
            bases.add(b);
        } else if (row instanceof ContributorList l) {
            lists.add(l);
        } else if (row instanceof Contribution c) {
            contributions.add(c);
        } else if (row instanceof RoyaltyLine l) {
            if (l.getPublicationKey() != null
                    && lines.stream().anyMatch(o -> l.getPublicationKey().equals(o.getPublicationKey()))) {
                throw new IllegalStateException("unique publication key violated: " + l.getPublicationKey());
            }
            lines.add(l);
        } else if (row instanceof RoyaltySheet s) {
            sheets.add(s);
        } else {
            throw new IllegalArgumentException(String.valueOf(row));
        }
    }

    @Override
    public RoyaltySchedule schedule() {
        return new RoyaltySchedule(rates, bases);
    }

    @Override
    public Optional<ContributorList> contributorList(long itemId) {
        return lists.stream().filter(l -> l.getItemId() == itemId).findFirst();
    }

    @Override
    public List<Contribution> contributions(long itemId) {
        return contributions.stream().filter(c -> c.getItemId() == itemId).toList();
    }

    @Override
    public void removeContributions(long itemId) {
        contributions.removeIf(c -> c.getItemId() == itemId);
    }

    @Override
    public boolean paidForPublication(long itemId) {
        return lines.stream().anyMatch(l -> !l.isAdjustment() && l.getItemId() == itemId);
    }

    @Override
    public List<RoyaltyLine> linesIn(YearMonth period) {
        return lines.stream().filter(l -> l.period().equals(period)).toList();
    }

    @Override
    public Optional<RoyaltySheet> sheet(YearMonth period) {
        return sheets.stream().filter(s -> s.period().equals(period)).findFirst();
    }

    @Override
    public Optional<RoyaltySheet> sheetForUpdate(YearMonth period) {
        return sheet(period);
    }

    @Override
    public RoyaltySheet sheetForMove(YearMonth period) {
        return sheet(period).orElseGet(() -> {
            RoyaltySheet sheet = new RoyaltySheet(period);
            add(sheet);
            return sheet;
        });
    }

    static void setField(Class<?> owner, Object target, String name, Object value) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
