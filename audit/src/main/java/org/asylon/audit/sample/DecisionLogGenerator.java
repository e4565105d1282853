package org.asylon.audit.sample;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic, synthetic log of detention-review recommendations with planted patterns, for
 * demonstrations, tests and benchmarks. Nothing in it describes real people. Planted:
 * <ul>
 *   <li>nationality ER is recommended for release at 0.6 times the base rate;</li>
 *   <li>AF women at 0.7 times and AF men at 1.3 times, so AF as a whole looks close to others
 *       while its intersections differ;</li>
 *   <li>from October 2025 "release" is never recommended (a vanished outcome);</li>
 *   <li>about 1% of rows have no nationality recorded, and 0.5% no recommendation.</li>
 * </ul>
 */
public final class DecisionLogGenerator {

    public static final String HEADER = "case_id,decided_at,nationality,sex,age_band,recommendation,risk_score,outcome";

    private static final String[] NATIONALITIES = {"SY", "AF", "ER", "UA", "VE"};
    private static final double[] NATIONALITY_WEIGHTS = {0.30, 0.25, 0.15, 0.20, 0.10};
    private static final String[] AGE_BANDS = {"18-25", "26-40", "41+"};
    private static final double BASE_RELEASE = 0.45;
    private static final double BASE_SUPERVISE = 0.35;
    private static final int VANISHING_MONTH = 10;

    private DecisionLogGenerator() {
    }

    public static void write(Writer out, long rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        out.write(HEADER);
        out.write('\n');
        StringBuilder line = new StringBuilder(96);
        for (long i = 1; i <= rows; i++) {
            String nationality = pick(random, NATIONALITIES, NATIONALITY_WEIGHTS);
            if (random.nextDouble() < 0.01) {
                nationality = "";
            }
            String sex = random.nextBoolean() ? "female" : "male";
            String age = AGE_BANDS[random.nextInt(AGE_BANDS.length)];
            int month = 1 + random.nextInt(12);
            int day = 1 + random.nextInt(28);
            double release = BASE_RELEASE * factor(nationality, sex);
            if (month >= VANISHING_MONTH) {
                release = 0;
            }
            double u = random.nextDouble();
            String recommendation = u < release ? "release" : u < release + BASE_SUPERVISE ? "supervise" : "detain";
            double centre = switch (recommendation) {
                case "release" -> 0.3;
                case "supervise" -> 0.5;
                default -> 0.7;
            };
            double score = Math.max(0, Math.min(1, centre + 0.1 * random.nextGaussian()));
            String outcome = random.nextDouble() < 0.85 ? "complied" : "absconded";
            if (random.nextDouble() < 0.005) {
                recommendation = "";
            }
            line.setLength(0);
            line.append("C").append(i).append(',')
                    .append(String.format(Locale.ROOT, "2025-%02d-%02d", month, day)).append(',')
                    .append(nationality).append(',').append(sex).append(',').append(age).append(',')
                    .append(recommendation).append(',').append(Math.round(score * 1000) / 1000.0).append(',')
                    .append(outcome).append('\n');
            out.append(line);
        }
    }

    private static double factor(String nationality, String sex) {
        return switch (nationality) {
            case "ER" -> 0.6;
            case "AF" -> sex.equals("female") ? 0.7 : 1.3;
            default -> 1.0;
        };
    }

    static String pick(SplittableRandom random, String[] values, double[] weights) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < values.length; i++) {
            cumulative += weights[i];
            if (u < cumulative) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
