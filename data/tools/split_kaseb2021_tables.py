"""Splits the tab-flattened Tables 1-6 of the kaseb2021 source text into the CSV files of
data/trials/kaseb2021. Every cell keeps the printed text; only the layout is changed
(a value and its bracketed interval become separate columns). Every row records the line of
the source text it was read from. Run from the repository root:

    python3 data/tools/split_kaseb2021_tables.py SOURCE_TEXT data/trials/kaseb2021
"""
import csv
import re
import sys

SURVIVAL_COLUMNS = ["row_group", "row_label", "n", "events", "median", "median_lower", "median_upper",
                    "s12", "s12_lower", "s12_upper", "s24", "s24_lower", "s24_upper", "p", "seed_line", "note"]
ESTIMATE = re.compile(r"^(\S+) \((\S+?)(?:, |\u2013)(\S+)\)$")


def split_estimate(cell):
    """'10.25 (5.22, 14.36)' -> ('10.25', '5.22', '14.36'); '' -> ('', '', '')."""
    if cell == "":
        return "", "", ""
    m = ESTIMATE.match(cell)
    if not m:
        raise ValueError(f"cannot split estimate {cell!r}")
    return m.group(1), m.group(2), m.group(3)


def survival_table(lines, first, last, out):
    rows, group = [], None
    for number in range(first, last + 1):
        text = lines[number - 1].rstrip("\n")
        fields = text.split("\t")
        if len(fields) != 8 or fields[2] in ("n", ""):
            continue
        if fields[0]:
            group = fields[0]
        label = fields[1]
        row_group = "All" if label == "All patients" else group
        median = split_estimate(fields[4])
        s12 = split_estimate(fields[5])
        s24 = split_estimate(fields[6])
        note = ""
        if "\u2013" in fields[4]:
            note = "median CI printed with an en dash ('" + fields[4] + "') where other rows print a comma"
        rows.append([row_group, label, fields[2], fields[3], *median, *s12, *s24, fields[7], number, note])
    write(out, SURVIVAL_COLUMNS, rows)


COUNT = re.compile(r"^(\d+) \((\S+?)\)$")


def split_count(cell):
    """'9 (26.5%)' -> ('9', '26.5%'); '0' -> ('0', '')."""
    m = COUNT.match(cell)
    if m:
        return m.group(1), m.group(2)
    if re.match(r"^\d+$", cell):
        return cell, ""
    raise ValueError(f"cannot split count {cell!r}")


def characteristics(lines, out, out_continuous, notes):
    rows, continuous, group = [], [], None
    for number in list(range(83, 123)) + list(range(128, 164)) + list(range(169, 191)):
        fields = lines[number - 1].rstrip("\n").split("\t")
        if len(fields) != 3 or fields[2] == "n":
            continue
        if fields[0]:
            group = fields[0]
        n, pct = split_count(fields[2])
        rows.append([group, fields[1], n, pct, number, notes.get(number, "")])
    for number in range(192, 195):
        fields = lines[number - 1].rstrip("\n").split("\t")
        m = re.match(r"^(\S+)\u00b1(\S+), (\S+) \((\S+)\u2013(\S+)\)$", fields[2])
        if not m:
            raise ValueError(f"cannot split {fields[2]!r}")
        continuous.append(["Mean \u00b1 SD, median (range)", fields[0], fields[1], *m.groups(), number, ""])
    write(out, ["row_group", "row_label", "n", "pct", "seed_line", "note"], rows)
    write(out_continuous, ["row_group", "row_label", "n", "mean", "sd", "median", "range_lower", "range_upper",
                           "seed_line", "note"], continuous)


def adverse_events(lines, out, notes):
    rows, group = [], None
    for number in list(range(220, 267)) + list(range(274, 283)):
        fields = lines[number - 1].rstrip("\n").split("\t")
        if len(fields) != 4:
            raise ValueError(f"line {number}: {fields!r}")
        if fields[1] == "" and fields[2] == "" and fields[3] == "":
            group = fields[0]
            continue
        cells = [c for f in fields[1:] for c in split_count(f)]
        rows.append([group, fields[0], *cells, number, notes.get(number, "")])
    write(out, ["row_group", "row_label", "grade1_2_n", "grade1_2_pct", "grade3_n", "grade3_pct",
                "grade4_n", "grade4_pct", "seed_line", "note"], rows)


def responses(lines, out):
    rows, group = [], None
    for number in range(292, 296):
        fields = lines[number - 1].rstrip("\n").split("\t")
        if fields[0]:
            group = fields[0]
        n, pct = split_count(fields[2])
        rows.append([group, fields[1], n, pct, number, ""])
    write(out, ["row_group", "row_label", "n", "pct", "seed_line", "note"], rows)


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


if __name__ == "__main__":
    source, folder = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        lines = f.readlines()
    table1_notes = {
        139: "ECOG level printed as the Roman numeral 'I' (performance status 1)",
        182: "row label printed as '1.7'; a comparison sign (most likely '\u2264') was probably lost in conversion",
        186: "row label printed as '3 g/dL'; a comparison sign (most likely '\u2264' or '<') was probably lost in conversion",
        187: "row label printed as '2 mg/dL'; a comparison sign (most likely '<') was probably lost in conversion",
        188: "row label printed as '3 mg/dL'; a comparison sign (most likely '<') was probably lost in conversion",
        170: "the continuation heading is printed 'Table I (Continued).'",
    }
    table2_notes = {280: "the asterisk refers to the table note: 'Melanoma (right upper skin lesion).'"}
    characteristics(lines, f"{folder}/table1_characteristics.csv", f"{folder}/table1_continuous.csv", table1_notes)
    adverse_events(lines, f"{folder}/table2_adverse_events.csv", table2_notes)
    responses(lines, f"{folder}/table3_responses.csv")
    survival_table(lines, 313, 388, f"{folder}/table4_pfs_subgroups.csv")
    survival_table(lines, 407, 480, f"{folder}/table5_os_subgroups.csv")
    survival_table(lines, 486, 559, f"{folder}/table6_ttrp_subgroups.csv")
