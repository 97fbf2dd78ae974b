#include "runs/schedule_changes.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace lmw {

std::string formatScheduleChange(const ScheduleChange& c) {
    char row[96];
    std::snprintf(row, sizeof row, "%lld,%.8g,%.8g\n", static_cast<long long>(c.step), c.lr,
                  c.minLr);
    return row;
}

std::vector<ScheduleChange> readScheduleChanges(const std::string& path) {
    std::vector<ScheduleChange> out;
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line) && out.size() < 10000) {
        ScheduleChange c;
        char* end = nullptr;
        c.step = std::strtoll(line.c_str(), &end, 10);
        if (*end != ',') continue;
        c.lr = std::strtod(end + 1, &end);
        if (*end != ',') continue;
        c.minLr = std::strtod(end + 1, &end);
        if (c.step > 0 && std::isfinite(c.lr) && std::isfinite(c.minLr)) out.push_back(c);
    }
    return out;
}

}  // namespace lmw
