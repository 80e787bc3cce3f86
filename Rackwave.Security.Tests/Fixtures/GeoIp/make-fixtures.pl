#!/usr/bin/perl
#
# Writes the small MaxMind DB (MMDB) files that the GeoIP tests read, into the folder that holds
# this script. The records are made up and use only documentation and private ranges, so the
# files are the project's own and carry no third-party data.
#
#   city-v1.mmdb  GeoLite2-City: 203.0.113.0/24 London, United Kingdom (GB); 198.51.100.0/24
#                 Sweden (SE) with no city; 2001:db8::/32 Berlin, Germany (DE); and records for
#                 10.0.0.0/8 and 192.168.0.0/16 that a correct locator never reads (local
#                 addresses are not looked up).
#   city-v2.mmdb  The same, built a day later, with 203.0.113.0/24 moved to Edinburgh: the
#                 replacement file of the reload tests.
#   asn.mmdb      GeoLite2-ASN: 203.0.113.0/24 in AS64496. A database of the wrong type.
#
# Run it after changing it, then commit the .mmdb files with it:
#
#   apt-get install libmaxmind-db-writer-perl
#   perl Rackwave.Security.Tests/Fixtures/GeoIp/make-fixtures.pl
#
# The build time in each file's metadata is fixed, so running the script again writes the same
# bytes.

use strict;
use warnings;

use File::Basename qw(dirname);
use File::Spec;
use MaxMind::DB::Writer::Tree;

my $out_dir = dirname( File::Spec->rel2abs(__FILE__) );

# Every map key needs a type. An unknown key stops the script instead of writing a file that
# readers decode differently.
my %types = (
    accuracy_radius                => 'uint16',
    autonomous_system_number       => 'uint32',
    autonomous_system_organization => 'utf8_string',
    city                           => 'map',
    code                           => 'utf8_string',
    continent                      => 'map',
    country                        => 'map',
    en                             => 'utf8_string',
    geoname_id                     => 'uint32',
    iso_code                       => 'utf8_string',
    latitude                       => 'double',
    location                       => 'map',
    longitude                      => 'double',
    names                          => 'map',
    time_zone                      => 'utf8_string',
);

sub key_type {
    my ($key) = @_;
    return $types{$key} // die "No MMDB type for map key '$key'\n";
}

sub new_tree {
    my (%args) = @_;
    my $tree = MaxMind::DB::Writer::Tree->new(
        ip_version    => 6,
        record_size   => 24,
        database_type => $args{type},
        languages     => ['en'],
        description   => { en => $args{description} },
        map_key_type_callback => \&key_type,

        # Without this the writer silently drops documentation and private ranges, which are
        # the only ones these fixtures use.
        remove_reserved_networks => 0,

        # Makes ::ffff:a.b.c.d (and the other IPv4-in-IPv6 forms) find the IPv4 records.
        alias_ipv6_to_ipv4 => 1,
    );
    $tree->_set_build_epoch( $args{epoch} );
    return $tree;
}

sub europe { return { code => 'EU', geoname_id => 6255148, names => { en => 'Europe' } } }

sub country {
    my ( $iso, $name, $id ) = @_;
    return { iso_code => $iso, geoname_id => $id, names => { en => $name } };
}

sub city_record {
    my ( $city, $city_id, $country, $lat, $lon, $zone ) = @_;
    return {
        city      => { geoname_id => $city_id, names => { en => $city } },
        continent => europe(),
        country   => $country,
        location  => {
            accuracy_radius => 50,
            latitude        => $lat,
            longitude       => $lon,
            time_zone       => $zone,
        },
    };
}

sub write_city {
    my ( $file, $epoch, $uk_city ) = @_;
    my ( $city, $city_id, $lat, $lon ) = @{$uk_city};
    my $uk = country( 'GB', 'United Kingdom', 2635167 );
    my $tree = new_tree(
        type        => 'GeoLite2-City',
        description => 'Rackwave test fixture (City)',
        epoch       => $epoch,
    );

    $tree->insert_network(
        '203.0.113.0/24',
        city_record( $city, $city_id, $uk, $lat, $lon, 'Europe/London' ),
    );
    $tree->insert_network(
        '198.51.100.0/24',
        { continent => europe(), country => country( 'SE', 'Sweden', 2661886 ) },
    );
    $tree->insert_network(
        '2001:db8::/32',
        city_record(
            'Berlin', 2950159, country( 'DE', 'Germany', 2921044 ), 52.52, 13.405,
            'Europe/Berlin',
        ),
    );
    for my $network ( '10.0.0.0/8', '192.168.0.0/16' ) {
        $tree->insert_network(
            $network,
            city_record( 'Never Looked Up', 1, country( 'ZZ', 'Nowhere', 2 ), 0, 0, 'UTC' ),
        );
    }

    write_file( $tree, $file );
}

sub write_asn {
    my ($file) = @_;
    my $tree = new_tree(
        type        => 'GeoLite2-ASN',
        description => 'Rackwave test fixture (ASN)',
        epoch       => 1735689600,
    );
    $tree->insert_network(
        '203.0.113.0/24',
        {
            autonomous_system_number       => 64496,
            autonomous_system_organization => 'Example Documentation Network',
        },
    );
    write_file( $tree, $file );
}

sub write_file {
    my ( $tree, $name ) = @_;
    my $path = File::Spec->catfile( $out_dir, $name );
    open my $fh, '>:raw', $path or die "Cannot write $path: $!\n";
    $tree->write_tree($fh);
    close $fh or die "Cannot close $path: $!\n";
    print "wrote $path\n";
}

# 2025-01-01 and 2025-01-02, 00:00 UTC.
write_city( 'city-v1.mmdb', 1735689600, [ 'London', 2643743, 51.5074, -0.1278 ] );
write_city( 'city-v2.mmdb', 1735776000, [ 'Edinburgh', 2650225, 55.9533, -3.1883 ] );
write_asn('asn.mmdb');
