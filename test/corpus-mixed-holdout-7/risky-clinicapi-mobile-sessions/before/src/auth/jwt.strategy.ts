import { Injectable, UnauthorizedException } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { PassportStrategy } from "@nestjs/passport";
import { ExtractJwt, Strategy } from "passport-jwt";

export interface JwtUser {
  userId: string;
  roles: string[];
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: ConfigService) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      secretOrKey: config.getOrThrow<string>("jwt.secret"),
      issuer: config.get<string>("jwt.issuer"),
      audience: config.get<string>("jwt.audience"),
    });
  }

  validate(payload: { sub?: string; roles?: string[] }): JwtUser {
    if (!payload.sub) throw new UnauthorizedException();
    return { userId: payload.sub, roles: payload.roles ?? [] };
  }
}
