package io.enrollment.core.quality;

/** How a measured value is held against its threshold. */
public enum Comparison {
    AT_MOST("≤") {
        @Override
        boolean holds(double measured, double threshold) {
            return measured <= threshold;
        }
    },
    AT_LEAST("≥") {
        @Override
        boolean holds(double measured, double threshold) {
            return measured >= threshold;
        }
    },
    EQUAL("=") {
        @Override
        boolean holds(double measured, double threshold) {
            return measured == threshold;
        }
    };

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    abstract boolean holds(double measured, double threshold);

    public String symbol() {
        return symbol;
    }
}
