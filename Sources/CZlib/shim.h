// zlib from the system (Debian: zlib1g-dev), for reading gzip-compressed NDJSON in `repocheck audit`.
#include <zlib.h>
