package io.enrollment.devices.fingerprint.synthetic;

import java.util.List;

/**
 * Ridge orientation of a synthetic finger: the zero-pole model of Sherlock and Monro, in which every core
 * turns the ridge direction by half the angle seen from it and every delta by minus half; an arch has no
 * singularities and gets a smooth hump instead.
 */
final class OrientationField {
    private final List<Singularity> singularities;
    private final double baseAngle;
    private final double archCentreX;
    private final double archCentreY;
    private final double archScale;

    private OrientationField(List<Singularity> singularities, double baseAngle, double archCentreX, double archCentreY,
                             double archScale) {
        this.singularities = List.copyOf(singularities);
        this.baseAngle = baseAngle;
        this.archCentreX = archCentreX;
        this.archCentreY = archCentreY;
        this.archScale = archScale;
    }

    static OrientationField of(List<Singularity> singularities, double baseAngle) {
        return new OrientationField(singularities, baseAngle, 0, 0, 0);
    }

    static OrientationField arch(double centreX, double centreY, double scale, double baseAngle) {
        return new OrientationField(List.of(), baseAngle, centreX, centreY, scale);
    }

    List<Singularity> singularities() {
        return singularities;
    }

    /** Ridge direction at (x, y) in radians, in [0, π). */
    double angle(double x, double y) {
        double a = baseAngle;
        if (singularities.isEmpty()) {
            double dx = (x - archCentreX) / archScale;
            double dy = (y - archCentreY) / archScale;
            // slope of the hump y = -h·exp(-dx²): ridges rise towards the centre and fall after it
            a += Math.atan(-2.2 * dx * Math.exp(-dx * dx) * Math.exp(-Math.max(0, dy) * 1.2));
        } else {
            for (Singularity s : singularities) {
                double t = Math.atan2(y - s.y(), x - s.x());
                a += s.core() ? 0.5 * t : -0.5 * t;
            }
        }
        double m = a % Math.PI;
        return m < 0 ? m + Math.PI : m;
    }
}
