package io.enrollment.qc.face.model;

/** A point in image pixels (x right, y down). */
public record Point2(double x, double y) {
    public double distance(Point2 o) {
        return Math.hypot(x - o.x, y - o.y);
    }

    public Point2 midpoint(Point2 o) {
        return new Point2((x + o.x) / 2, (y + o.y) / 2);
    }

    public Point2 plus(double dx, double dy) {
        return new Point2(x + dx, y + dy);
    }
}
