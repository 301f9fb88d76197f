#!/usr/bin/env python3
"""Compile the SPDX licence list that fairify bundles (Sources/FairifyRecipes/Bundled/spdx-licenses.tsv).

Usage:
  scripts/compile-spdx.py [licenses.json] > Sources/FairifyRecipes/Bundled/spdx-licenses.tsv

With an argument, it reads `licenses.json` from the SPDX license-list-data repository
(json/licenses.json: licenseId, name, seeAlso, isDeprecatedLicenseId) and keeps every
non-deprecated licence. Without one (this project is built without network access) it
writes the built-in list below: about 100 common SPDX ids, compiled by hand from the SPDX
licence list (ids, names and well-known URLs are facts). Re-run with the upstream JSON to
refresh the full list.

Output columns (tab-separated, one licence a line, sorted by id):
  id, name, other URLs that denote the licence (space-separated).
The canonical IRI fairify writes is https://spdx.org/licenses/<id>.
"""
import json
import sys

BUILTIN = [
    ("0BSD", "BSD Zero Clause License", "http://landley.net/toybox/license.html"),
    ("AFL-3.0", "Academic Free License v3.0", "http://opensource.org/licenses/afl-3.0"),
    ("AGPL-3.0-only", "GNU Affero General Public License v3.0 only", "https://www.gnu.org/licenses/agpl.txt"),
    ("AGPL-3.0-or-later", "GNU Affero General Public License v3.0 or later", "https://www.gnu.org/licenses/agpl-3.0.html"),
    ("Apache-1.1", "Apache License 1.1", "http://apache.org/licenses/LICENSE-1.1"),
    ("Apache-2.0", "Apache License 2.0", "https://www.apache.org/licenses/LICENSE-2.0 http://www.apache.org/licenses/LICENSE-2.0 https://opensource.org/licenses/Apache-2.0"),
    ("APSL-2.0", "Apple Public Source License 2.0", "http://www.opensource.apple.com/license/apsl/"),
    ("Artistic-1.0", "Artistic License 1.0", "https://opensource.org/licenses/Artistic-1.0"),
    ("Artistic-2.0", "Artistic License 2.0", "http://www.perlfoundation.org/artistic_license_2_0 https://opensource.org/licenses/artistic-license-2.0"),
    ("BlueOak-1.0.0", "Blue Oak Model License 1.0.0", "https://blueoakcouncil.org/license/1.0.0"),
    ("BSD-1-Clause", "BSD 1-Clause License", "https://svnweb.freebsd.org/base/head/include/ifaddrs.h?revision=326823"),
    ("BSD-2-Clause", "BSD 2-Clause \"Simplified\" License", "https://opensource.org/licenses/BSD-2-Clause"),
    ("BSD-2-Clause-Patent", "BSD-2-Clause Plus Patent License", "https://opensource.org/licenses/BSDplusPatent"),
    ("BSD-3-Clause", "BSD 3-Clause \"New\" or \"Revised\" License", "https://opensource.org/licenses/BSD-3-Clause https://www.eclipse.org/org/documents/edl-v10.php"),
    ("BSD-3-Clause-Clear", "BSD 3-Clause Clear License", "http://labs.metacarta.com/license-explanation.html#license"),
    ("BSD-4-Clause", "BSD 4-Clause \"Original\" or \"Old\" License", "http://directory.fsf.org/wiki/License:BSD_4Clause"),
    ("BSL-1.0", "Boost Software License 1.0", "http://www.boost.org/LICENSE_1_0.txt https://opensource.org/licenses/BSL-1.0"),
    ("CAL-1.0", "Cryptographic Autonomy License 1.0", "http://cryptographicautonomylicense.com/license-text.html"),
    ("CC-BY-1.0", "Creative Commons Attribution 1.0 Generic", "https://creativecommons.org/licenses/by/1.0/legalcode"),
    ("CC-BY-2.0", "Creative Commons Attribution 2.0 Generic", "https://creativecommons.org/licenses/by/2.0/legalcode"),
    ("CC-BY-2.5", "Creative Commons Attribution 2.5 Generic", "https://creativecommons.org/licenses/by/2.5/legalcode"),
    ("CC-BY-3.0", "Creative Commons Attribution 3.0 Unported", "https://creativecommons.org/licenses/by/3.0/legalcode"),
    ("CC-BY-4.0", "Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/legalcode https://creativecommons.org/licenses/by/4.0/"),
    ("CC-BY-NC-2.0", "Creative Commons Attribution Non Commercial 2.0 Generic", "https://creativecommons.org/licenses/by-nc/2.0/legalcode"),
    ("CC-BY-NC-3.0", "Creative Commons Attribution Non Commercial 3.0 Unported", "https://creativecommons.org/licenses/by-nc/3.0/legalcode"),
    ("CC-BY-NC-4.0", "Creative Commons Attribution Non Commercial 4.0 International", "https://creativecommons.org/licenses/by-nc/4.0/legalcode https://creativecommons.org/licenses/by-nc/4.0/"),
    ("CC-BY-NC-ND-3.0", "Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported", "https://creativecommons.org/licenses/by-nc-nd/3.0/legalcode"),
    ("CC-BY-NC-ND-4.0", "Creative Commons Attribution Non Commercial No Derivatives 4.0 International", "https://creativecommons.org/licenses/by-nc-nd/4.0/legalcode https://creativecommons.org/licenses/by-nc-nd/4.0/"),
    ("CC-BY-NC-SA-3.0", "Creative Commons Attribution Non Commercial Share Alike 3.0 Unported", "https://creativecommons.org/licenses/by-nc-sa/3.0/legalcode"),
    ("CC-BY-NC-SA-4.0", "Creative Commons Attribution Non Commercial Share Alike 4.0 International", "https://creativecommons.org/licenses/by-nc-sa/4.0/legalcode https://creativecommons.org/licenses/by-nc-sa/4.0/"),
    ("CC-BY-ND-3.0", "Creative Commons Attribution No Derivatives 3.0 Unported", "https://creativecommons.org/licenses/by-nd/3.0/legalcode"),
    ("CC-BY-ND-4.0", "Creative Commons Attribution No Derivatives 4.0 International", "https://creativecommons.org/licenses/by-nd/4.0/legalcode https://creativecommons.org/licenses/by-nd/4.0/"),
    ("CC-BY-SA-2.0", "Creative Commons Attribution Share Alike 2.0 Generic", "https://creativecommons.org/licenses/by-sa/2.0/legalcode"),
    ("CC-BY-SA-3.0", "Creative Commons Attribution Share Alike 3.0 Unported", "https://creativecommons.org/licenses/by-sa/3.0/legalcode"),
    ("CC-BY-SA-4.0", "Creative Commons Attribution Share Alike 4.0 International", "https://creativecommons.org/licenses/by-sa/4.0/legalcode https://creativecommons.org/licenses/by-sa/4.0/"),
    ("CC-PDDC", "Creative Commons Public Domain Dedication and Certification", "https://creativecommons.org/licenses/publicdomain/"),
    ("CC0-1.0", "Creative Commons Zero v1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/legalcode https://creativecommons.org/publicdomain/zero/1.0/"),
    ("CDDL-1.0", "Common Development and Distribution License 1.0", "https://opensource.org/licenses/cddl1"),
    ("CDDL-1.1", "Common Development and Distribution License 1.1", "http://glassfish.java.net/public/CDDL+GPL_1_1.html"),
    ("CDLA-Permissive-1.0", "Community Data License Agreement Permissive 1.0", "https://cdla.io/permissive-1-0"),
    ("CDLA-Permissive-2.0", "Community Data License Agreement Permissive 2.0", "https://cdla.dev/permissive-2-0"),
    ("CDLA-Sharing-1.0", "Community Data License Agreement Sharing 1.0", "https://cdla.io/sharing-1-0"),
    ("CECILL-2.1", "CeCILL Free Software License Agreement v2.1", "http://www.cecill.info/licences/Licence_CeCILL_V2.1-en.html"),
    ("CECILL-B", "CeCILL-B Free Software License Agreement", "http://www.cecill.info/licences/Licence_CeCILL-B_V1-en.html"),
    ("CECILL-C", "CeCILL-C Free Software License Agreement", "http://www.cecill.info/licences/Licence_CeCILL-C_V1-en.html"),
    ("CERN-OHL-P-2.0", "CERN Open Hardware Licence Version 2 - Permissive", "https://www.ohwr.org/project/cernohl/wikis/Documents/CERN-OHL-version-2"),
    ("CERN-OHL-S-2.0", "CERN Open Hardware Licence Version 2 - Strongly Reciprocal", "https://www.ohwr.org/project/cernohl/wikis/Documents/CERN-OHL-version-2"),
    ("CERN-OHL-W-2.0", "CERN Open Hardware Licence Version 2 - Weakly Reciprocal", "https://www.ohwr.org/project/cernohl/wikis/Documents/CERN-OHL-version-2"),
    ("ECL-2.0", "Educational Community License v2.0", "https://opensource.org/licenses/ECL-2.0"),
    ("EFL-2.0", "Eiffel Forum License v2.0", "http://www.eiffel-nice.org/license/eiffel-forum-license-2.html"),
    ("EPL-1.0", "Eclipse Public License 1.0", "http://www.eclipse.org/legal/epl-v10.html"),
    ("EPL-2.0", "Eclipse Public License 2.0", "https://www.eclipse.org/legal/epl-2.0 https://www.opensource.org/licenses/EPL-2.0"),
    ("etalab-2.0", "Etalab Open License 2.0", "https://github.com/DISIC/politique-de-contribution-open-source/blob/master/LICENSE.pdf"),
    ("EUPL-1.1", "European Union Public License 1.1", "https://joinup.ec.europa.eu/software/page/eupl/licence-eupl"),
    ("EUPL-1.2", "European Union Public License 1.2", "https://joinup.ec.europa.eu/page/eupl-text-11-12 https://eupl.eu/1.2/en/"),
    ("FTL", "Freetype Project License", "http://freetype.fis.uniroma2.it/FTL.TXT"),
    ("GFDL-1.3-only", "GNU Free Documentation License v1.3 only", "https://www.gnu.org/licenses/fdl-1.3.txt"),
    ("GFDL-1.3-or-later", "GNU Free Documentation License v1.3 or later", "https://www.gnu.org/licenses/fdl-1.3.txt"),
    ("GPL-1.0-or-later", "GNU General Public License v1.0 or later", "https://www.gnu.org/licenses/old-licenses/gpl-1.0-standalone.html"),
    ("GPL-2.0-only", "GNU General Public License v2.0 only", "https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html https://opensource.org/licenses/GPL-2.0"),
    ("GPL-2.0-or-later", "GNU General Public License v2.0 or later", "https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html"),
    ("GPL-3.0-only", "GNU General Public License v3.0 only", "https://www.gnu.org/licenses/gpl-3.0-standalone.html https://opensource.org/licenses/GPL-3.0"),
    ("GPL-3.0-or-later", "GNU General Public License v3.0 or later", "https://www.gnu.org/licenses/gpl-3.0-standalone.html"),
    ("HPND", "Historical Permission Notice and Disclaimer", "https://opensource.org/licenses/HPND"),
    ("ISC", "ISC License", "https://www.isc.org/licenses/ https://opensource.org/licenses/ISC"),
    ("LGPL-2.0-only", "GNU Library General Public License v2 only", "https://www.gnu.org/licenses/old-licenses/lgpl-2.0-standalone.html"),
    ("LGPL-2.1-only", "GNU Lesser General Public License v2.1 only", "https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html https://opensource.org/licenses/LGPL-2.1"),
    ("LGPL-2.1-or-later", "GNU Lesser General Public License v2.1 or later", "https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html"),
    ("LGPL-3.0-only", "GNU Lesser General Public License v3.0 only", "https://www.gnu.org/licenses/lgpl-3.0-standalone.html https://opensource.org/licenses/LGPL-3.0"),
    ("LGPL-3.0-or-later", "GNU Lesser General Public License v3.0 or later", "https://www.gnu.org/licenses/lgpl-3.0-standalone.html"),
    ("LiLiQ-P-1.1", "Licence Libre du Quebec - Permissive version 1.1", "https://forge.gouv.qc.ca/licence/fr/liliq-v1-1/"),
    ("LPPL-1.3c", "LaTeX Project Public License v1.3c", "http://www.latex-project.org/lppl/lppl-1-3c.txt"),
    ("MIT", "MIT License", "https://opensource.org/license/mit/ https://opensource.org/licenses/MIT"),
    ("MIT-0", "MIT No Attribution", "https://github.com/aws/mit-0"),
    ("MPL-1.1", "Mozilla Public License 1.1", "http://www.mozilla.org/MPL/MPL-1.1.html"),
    ("MPL-2.0", "Mozilla Public License 2.0", "https://www.mozilla.org/MPL/2.0/ https://opensource.org/licenses/MPL-2.0"),
    ("MPL-2.0-no-copyleft-exception", "Mozilla Public License 2.0 (no copyleft exception)", "https://www.mozilla.org/MPL/2.0/"),
    ("MS-PL", "Microsoft Public License", "http://www.microsoft.com/opensource/licenses.mspx"),
    ("MS-RL", "Microsoft Reciprocal License", "http://www.microsoft.com/opensource/licenses.mspx"),
    ("MulanPSL-2.0", "Mulan Permissive Software License, Version 2", "https://license.coscl.org.cn/MulanPSL2"),
    ("NCSA", "University of Illinois/NCSA Open Source License", "http://otm.illinois.edu/uiuc_openSource"),
    ("NLOD-1.0", "Norwegian Licence for Open Government Data (NLOD) 1.0", "http://data.norge.no/nlod/en/1.0"),
    ("NLOD-2.0", "Norwegian Licence for Open Government Data (NLOD) 2.0", "http://data.norge.no/nlod/en/2.0"),
    ("ODbL-1.0", "Open Data Commons Open Database License v1.0", "http://www.opendatacommons.org/licenses/odbl/1.0/ https://opendatacommons.org/licenses/odbl/1-0/"),
    ("ODC-By-1.0", "Open Data Commons Attribution License v1.0", "https://opendatacommons.org/licenses/by/1.0/"),
    ("OFL-1.1", "SIL Open Font License 1.1", "http://scripts.sil.org/cms/scripts/page.php?item_id=OFL_web https://opensource.org/licenses/OFL-1.1"),
    ("OGL-Canada-2.0", "Open Government Licence - Canada", "https://open.canada.ca/en/open-government-licence-canada"),
    ("OGL-UK-1.0", "Open Government Licence v1.0", "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/1/"),
    ("OGL-UK-2.0", "Open Government Licence v2.0", "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/"),
    ("OGL-UK-3.0", "Open Government Licence v3.0", "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"),
    ("OPUBL-1.0", "Open Publication License v1.0", "http://opencontent.org/openpub/"),
    ("OSL-3.0", "Open Software License 3.0", "https://web.archive.org/web/20120101081418/http://rosenlaw.com:80/OSL3.0.htm"),
    ("PDDL-1.0", "Open Data Commons Public Domain Dedication & License 1.0", "http://opendatacommons.org/licenses/pddl/1.0/ https://opendatacommons.org/licenses/pddl/"),
    ("PostgreSQL", "PostgreSQL License", "http://www.postgresql.org/about/licence https://opensource.org/licenses/PostgreSQL"),
    ("PSF-2.0", "Python Software Foundation License 2.0", "https://opensource.org/licenses/Python-2.0"),
    ("Python-2.0", "Python License 2.0", "https://opensource.org/licenses/Python-2.0"),
    ("Ruby", "Ruby License", "http://www.ruby-lang.org/en/LICENSE.txt"),
    ("Unicode-DFS-2016", "Unicode License Agreement - Data Files and Software (2016)", "http://www.unicode.org/copyright.html"),
    ("Unlicense", "The Unlicense", "https://unlicense.org/"),
    ("UPL-1.0", "Universal Permissive License v1.0", "https://opensource.org/licenses/UPL"),
    ("Vim", "Vim License", "http://vimdoc.sourceforge.net/htmldoc/uganda.html"),
    ("W3C", "W3C Software Notice and License (2002-12-31)", "http://www.w3.org/Consortium/Legal/2002/copyright-software-20021231.html"),
    ("WTFPL", "Do What The F*ck You Want To Public License", "http://www.wtfpl.net/about/"),
    ("X11", "X11 License", "http://www.xfree86.org/3.3.6/COPYRIGHT2.html#3"),
    ("Zlib", "zlib License", "http://www.zlib.net/zlib_license.html"),
    ("ZPL-2.1", "Zope Public License 2.1", "http://old.zope.org/Resources/ZPL/"),
]


def from_upstream(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    rows = []
    for lic in data["licenses"]:
        if lic.get("isDeprecatedLicenseId"):
            continue
        rows.append((lic["licenseId"], lic["name"], " ".join(lic.get("seeAlso", []))))
    return rows


def main():
    rows = from_upstream(sys.argv[1]) if len(sys.argv) > 1 else BUILTIN
    out = sys.stdout
    out.write("# SPDX licences bundled with fairify; generated by scripts/compile-spdx.py, do not edit.\n")
    for lid, name, urls in sorted(rows, key=lambda r: r[0].lower()):
        out.write(f"{lid}\t{name}\t{urls}\n")


if __name__ == "__main__":
    main()
